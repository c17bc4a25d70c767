import { validateText } from '../../analysis/validate.js';
import type { ValidationIssue } from '../../analysis/types.js';
import { ThemeError, themeForAnalysis } from '../../io/themes.js';
import { themeLookup } from '../../outputs/render-outputs.js';
import { InputError, readInput } from '../io.js';
import type { RenderCliOptions } from '../options.js';
import { analysisKey, optionsFingerprint, sha256 } from './fingerprint.js';
import type { FailureKind } from './types.js';
import { walkInputs } from './walk.js';

/** What the first pass learns about one input: enough to skip it, refuse it, or render it. */
export type ScanRecord =
  | { source: string; ok: true; id: string; inputSha: string; key: string }
  | { source: string; ok: false; id?: string; kind: FailureKind; errors: ValidationIssue[] };

/**
 * First pass: reads, hashes and validates every input (≈0.3 ms each), so that duplicate ids
 * are known before anything is written. Keeps only ids and hashes, never the texts.
 */
export async function scanInputs(paths: string[], opts: RenderCliOptions): Promise<ScanRecord[]> {
  const print = optionsFingerprint(opts);
  const records: ScanRecord[] = [];
  for await (const item of walkInputs(paths, opts.out)) {
    if ('problem' in item) records.push({ source: item.problem.source, ok: false, kind: 'invalid', errors: [{ path: '', message: item.problem.message }] });
    else records.push(scanFile(item.file, opts, print));
  }
  return markDuplicateIds(records);
}

function scanFile(source: string, opts: RenderCliOptions, print: string): ScanRecord {
  let text: string;
  try {
    text = readInput(source);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { source, ok: false, kind: 'invalid', errors: [{ path: '', message: e.message }] };
  }
  const v = validateText(text);
  if (!v.ok) return { source, ok: false, kind: 'invalid', errors: v.errors };
  const id = v.analysis.id;
  try {
    const inputSha = sha256(text);
    return { source, ok: true, id, inputSha, key: analysisKey(print, themeForAnalysis(v.analysis.theme, opts.theme, themeLookup(opts)), inputSha) };
  } catch (e) {
    if (!(e instanceof ThemeError)) throw e;
    return { source, ok: false, id, kind: 'invalid', errors: [{ path: 'theme', message: e.message }] };
  }
}

/** Two analyses whose ids are equal up to case would write the same folder: both fail, both named. */
export function markDuplicateIds(records: ScanRecord[]): ScanRecord[] {
  const byId = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (!r.ok) return;
    const k = r.id.toLowerCase();
    byId.set(k, [...(byId.get(k) ?? []), i]);
  });
  for (const indexes of byId.values()) {
    if (indexes.length < 2) continue;
    for (const i of indexes) {
      const r = records[i]!;
      const others = indexes.filter((j) => j !== i).map((j) => records[j]!.source);
      records[i] = { source: r.source, ok: false, id: r.id, kind: 'invalid', errors: [{ path: 'id', message: `id "${r.id}" is also claimed by ${others.join(', ')}; give each analysis its own id` }] };
    }
  }
  return records;
}
