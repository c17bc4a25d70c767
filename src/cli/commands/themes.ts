import { listThemes, loadTheme } from '../../io/themes.js';
import { EXIT } from '../exit-codes.js';

/** `visint themes`: one line per bundled theme: name, then its label. */
export function themesCommand(): number {
  for (const name of listThemes()) process.stdout.write(`${name}\t${loadTheme(name).label}\n`);
  return EXIT.ok;
}
