import type { AltText } from '../types.js';
import type { LayersModel } from './model.js';

/** Short alt: the layers shown; long: every layer with its key lines. */
export function layersAlt(m: LayersModel): AltText {
  const w = m.words.alt;
  const names = m.bands.map((b) => `${b.level} ${b.name}`);
  const short = w.layersShort(m.title.text, names.join(', '));
  const long = [`${m.title.text}.`, ...m.bands.map((b) => `${w.layerLong(b.level, b.name)}: ${b.items.map((i) => `${i.kicker}: ${i.text}`).join('; ')}.`)].join(' ');
  return { short, long };
}
