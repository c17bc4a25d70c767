import { listThemes, loadTheme } from '../../io/themes.js';
import { EXIT } from '../exit-codes.js';
import { writeStdout } from '../io.js';

/** `visint themes`: one line per bundled theme: name, then its label. */
export function themesCommand(): number {
  for (const name of listThemes()) writeStdout(`${name}\t${loadTheme(name).label}\n`);
  return EXIT.ok;
}
