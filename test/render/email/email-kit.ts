import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRenderOptions } from '../../../src/cli/options.js';
import { renderOutputsFromText as renderText } from '../../../src/outputs/render-outputs.js';
import { FIXTURES_DIR } from '../../helpers/render-kit.js';

export const metaText = readFileSync(join(FIXTURES_DIR, 'meta-llama.json'), 'utf8');

/** Renders the Meta fixture through the CLI's in-memory path with the given flags. */
export function renderMeta(flags: Record<string, string>) {
  const r = renderText(metaText, parseRenderOptions(flags));
  if (!r.ok) throw new Error('fixture invalid');
  return r;
}
