import type { AltText } from '../types.js';
import { wordsFor } from '../../i18n/index.js';
import type { FlywheelModel } from './model.js';

const SHORT_MAX = 125;

/**
 * Short alt reads the loop ("Flywheel, 6 steps: A → B → … → back to A"), eliding the middle
 * when the whole loop would pass 125 characters; the long one names every step and link.
 */
export function flywheelAlt(m: FlywheelModel): AltText {
  const w = (m.words ?? wordsFor(undefined)).alt;
  const labels = m.steps.map((s) => s.label);
  const head = w.flywheelHead(labels.length);
  const back = w.backTo(labels[0]!);
  const full = `${head}${[...labels, back].join(' → ')}`;
  const short = full.length <= SHORT_MAX ? full : `${head}${[...labels.slice(0, 2), '…', back].join(' → ')}`;
  const links = labels.map((l, i) => `${l} → ${labels[(i + 1) % labels.length]}`);
  const steps = m.steps.map((s, i) => `${i + 1}. ${s.label}${s.note ? ` (${s.note})` : ''}`);
  const long = [
    m.title ? `${m.title.text}.` : '',
    m.hub ? w.atTheCentre(m.hub.text) : '',
    w.stepsClockwise(steps.join('; ')),
    w.eachDrivesNext(links.join('; ')),
  ].filter(Boolean).join(' ');
  return { short, long };
}
