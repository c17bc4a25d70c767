import type { AltText } from '../types.js';
import type { LayersModel } from './model.js';

/** Short alt: the layers shown; long: every layer with its key lines. */
export function layersAlt(m: LayersModel): AltText {
  const names = m.bands.map((b) => `${b.level} ${b.name}`);
  const short = `Five-layer overview of “${m.title.text}”: layers ${names.join(', ')}.`;
  const long = [`${m.title.text}.`, ...m.bands.map((b) => `Layer ${b.level}, ${b.name}: ${b.items.map((i) => `${i.kicker}: ${i.text}`).join('; ')}.`)].join(' ');
  return { short, long };
}
