import { opendir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';

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
 * Reported (never read): special files (FIFOs, devices, sockets) and symlinked files whose
 * target lies outside every folder argument (a link to /proc/self/environ or ~/.ssh must not
 * have its text quoted in the manifest).
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
  const roots: string[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) roots.push(await realpath(path));
    } catch {
      // reported below
    }
  }
  for (const path of paths) {
    let st: Stats;
    try {
      st = await stat(path);
    } catch (e) {
      yield { problem: { source: path, message: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } };
      continue;
    }
    if (!st.isDirectory()) {
      if (!st.isFile()) yield { problem: { source: path, message: `skipped ${path}: ${specialKind(st)}, not a regular file` } };
      else if (once(path)) yield { file: path };
      continue;
    }
    for await (const item of walkFolder(path, skipDir, roots)) if ('problem' in item || once(item.file)) yield item;
  }
}

export function specialKind(st: Stats): string {
  if (st.isFIFO()) return 'it is a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'it is a device';
  if (st.isSocket()) return 'it is a socket';
  if (st.isDirectory()) return 'it is a folder';
  return 'it is a special file';
}

const inside = (root: string, target: string): boolean => {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A `*.json` entry that is not a plain file: followed only when it is a symlink to a regular file inside an input root. */
async function checkLinkOrSpecial(path: string, isLink: boolean, roots: string[]): Promise<WalkItem> {
  if (!isLink) {
    try {
      return { problem: { source: path, message: `skipped ${path}: ${specialKind(await stat(path))}, not a regular file` } };
    } catch {
      return { problem: { source: path, message: `skipped ${path}: not a regular file` } };
    }
  }
  let target: string;
  let st: Stats;
  try {
    target = await realpath(path);
    st = await stat(target);
  } catch (e) {
    return { problem: { source: path, message: `skipped ${path}: a symlink that cannot be followed (${(e as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  if (!roots.some((r) => inside(r, target))) return { problem: { source: path, message: `skipped ${path}: a symlink to a file outside the input folders` } };
  if (!st.isFile()) return { problem: { source: path, message: `skipped ${path}: a symlink to something that is not a regular file (${specialKind(st)})` } };
  return { file: path };
}

async function* walkFolder(dir: string, skipDir: string, roots: string[]): AsyncGenerator<WalkItem> {
  if (resolve(dir) === skipDir) return;
  const names: { name: string; dir: boolean; plain: boolean; link: boolean }[] = [];
  try {
    for await (const d of await opendir(dir)) {
      if (d.name.startsWith('.') || d.name === 'node_modules') continue;
      if (d.isDirectory()) names.push({ name: d.name, dir: true, plain: false, link: false });
      else if (d.name.toLowerCase().endsWith('.json')) names.push({ name: d.name, dir: false, plain: d.isFile(), link: d.isSymbolicLink() });
    }
  } catch (e) {
    yield { problem: { source: dir, message: `cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const path = join(dir, n.name);
    if (n.dir) yield* walkFolder(path, skipDir, roots);
    else if (n.plain) yield { file: path };
    else yield await checkLinkOrSpecial(path, n.link, roots);
  }
}
