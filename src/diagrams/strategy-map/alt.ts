import type { AltText } from '../types.js';
import type { StrategyMapModel } from './model.js';

const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Short alt names the hub and the count (and the thesis); the long one lists nodes in reading order and every edge. */
export function strategyMapAlt(m: StrategyMapModel): AltText {
  const n = m.satellites.length;
  const count = `${words[n] ?? n} ${n === 1 ? 'effect' : 'effects'}`;
  const head = `Strategy map: ${m.hub.label} drives ${count}`;
  const short = m.thesis ? `${head}; ${m.thesis.text}.` : `${head}: ${m.satellites.map((s) => s.label).join(', ')}.`;
  const label = new Map([[m.hub.id, m.hub.label], ...m.satellites.map((s) => [s.id, s.label] as const)]);
  const edges = m.edges.map((e) => `${label.get(e.from)} → ${label.get(e.to)}${e.label ? ` (${e.label})` : ''}`);
  const long = [
    m.title ? `${m.title.text}.` : '',
    `Hub: ${m.hub.label}.`,
    `Around it, clockwise from 12 o'clock: ${m.satellites.map((s) => s.label).join('; ')}.`,
    `Links: ${edges.join('; ')}.`,
    m.thesis ? `Thesis: ${m.thesis.text}.` : '',
    m.caption ? m.caption.text : '',
  ].filter(Boolean).join(' ');
  return { short, long };
}
