import { worstContrast } from '../theme/contrast.js';
import { MIN_TEXT_CONTRAST } from '../theme/validate.js';
import type { Scene } from './types.js';

/** Every text of the scene against every colour behind it; one sentence per failure. */
export function sceneContrastProblems(scene: Scene): string[] {
  const out: string[] = [];
  for (const it of scene.items) {
    if (it.type !== 'text') continue;
    if (it.on.length === 0) out.push(`text ${it.id} declares no background`);
    const ratio = worstContrast(it.fill, it.on);
    if (ratio < MIN_TEXT_CONTRAST) out.push(`text ${it.id} has contrast ${ratio.toFixed(2)}:1 (< ${MIN_TEXT_CONTRAST}:1)`);
  }
  return out;
}
