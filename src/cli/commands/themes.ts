import { loadConfig } from '../../config/config.js';
import { listThemes, loadTheme, ThemeError } from '../../io/themes.js';
import { EXIT } from '../exit-codes.js';
import { stderr } from '../report.js';
import { writeStdout } from '../io.js';

/** `visint themes`: one line per theme (the config's theme folders, then the bundled ones): name, then its label. */
export function themesCommand(raw: { config?: string } = {}): number {
  const config = loadConfig(raw.config);
  const lookup = { themeDirs: config.themeDirs };
  let bad = 0;
  for (const name of listThemes(lookup)) {
    try {
      writeStdout(`${name}\t${loadTheme(name, lookup).label}\n`);
    } catch (e) {
      if (!(e instanceof ThemeError)) throw e;
      bad++;
      stderr(`${name}: ${e.message}`);
    }
  }
  return bad ? EXIT.invalidInput : EXIT.ok;
}
