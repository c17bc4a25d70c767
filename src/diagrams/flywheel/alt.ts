import type { AltText } from '../types.js';
import type { FlywheelModel } from './model.js';

const SHORT_MAX = 125;

/**
 * Short alt reads the loop ("Flywheel, 6 steps: A → B → … → back to A"), eliding the middle
 * when the whole loop would pass 125 characters; the long one names every step and link.
 */
export function flywheelAlt(m: FlywheelModel): AltText {
  const labels = m.steps.map((s) => s.label);
  const head = `Flywheel, ${labels.length} steps: `;
  const back = `back to ${labels[0]}`;
  const full = `${head}${[...labels, back].join(' → ')}`;
  const short = full.length <= SHORT_MAX ? full : `${head}${[...labels.slice(0, 2), '…', back].join(' → ')}`;
  const links = labels.map((l, i) => `${l} → ${labels[(i + 1) % labels.length]}`);
  const steps = m.steps.map((s, i) => `${i + 1}. ${s.label}${s.note ? ` (${s.note})` : ''}`);
  const long = [
    m.title ? `${m.title.text}.` : '',
    m.hub ? `At the centre: ${m.hub.text}.` : '',
    `Steps clockwise from 12 o'clock: ${steps.join('; ')}.`,
    `Each step drives the next: ${links.join('; ')}; the loop then repeats.`,
  ].filter(Boolean).join(' ');
  return { short, long };
}
