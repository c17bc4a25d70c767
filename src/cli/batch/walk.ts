import { opendir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** A path the walk could not use (missing argument, unreadable folder). */
export interface WalkProblem {
  source: string;
  message: string;
}

export type WalkItem = { file: string } | { problem: WalkProblem };

/**
 * Every input of a batch, streamed: a file argument as given; a folder argument recursively,
 * its `*.json` files in sorted order. Skipped: dot-entries, node_modules, symlinked folders
 * (no loops), the output folder itself, and a file already seen under another argument.
 */
export async function* walkInputs(paths: string[], outDir: string): AsyncGenerator<WalkItem> {
  const skipDir = resolve(outDir);
  const seen = new Set<string>();
  const once = (file: string): boolean => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (e) {
      yield { problem: { source: path, message: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } };
      continue;
    }
    if (!isDir) {
      if (once(path)) yield { file: path };
      continue;
    }
    for await (const item of walkFolder(path, skipDir)) if ('problem' in item || once(item.file)) yield item;
  }
}

async function* walkFolder(dir: string, skipDir: string): AsyncGenerator<WalkItem> {
  if (resolve(dir) === skipDir) return;
  const names: { name: string; dir: boolean }[] = [];
  try {
    for await (const d of await opendir(dir)) {
      if (d.name.startsWith('.') || d.name === 'node_modules') continue;
      if (d.isDirectory()) names.push({ name: d.name, dir: true });
      else if (d.name.toLowerCase().endsWith('.json') && (d.isFile() || d.isSymbolicLink())) names.push({ name: d.name, dir: false });
    }
  } catch (e) {
    yield { problem: { source: dir, message: `cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const path = join(dir, n.name);
    if (n.dir) yield* walkFolder(path, skipDir);
    else yield { file: path };
  }
}
