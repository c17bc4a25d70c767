import type { Analysis } from '../../analysis/types.js';
import { renderOutputs } from '../../outputs/render-outputs.js';
import type { OutputOptions } from '../../outputs/types.js';
import { selectDiagrams } from '../../render/render.js';
import { sha256 } from './fingerprint.js';
import type { RenderedFile } from './types.js';

/**
 * Renders one validated analysis into its files and their manifest records, in memory, one
 * diagram at a time (each record carries its diagram's render time). Shared by the batch
 * worker and the queue processor, so both write the same bytes.
 */
export function renderFiles(analysis: Analysis, opts: OutputOptions, onDiagram?: (done: number, total: number) => void): RenderedFile[] {
  const names = opts.diagrams === 'all' ? selectDiagrams(analysis, 'all').map((d) => d.name) : opts.diagrams;
  const files: RenderedFile[] = [];
  for (const [i, diagram] of names.entries()) {
    const started = performance.now();
    const result = renderOutputs(analysis, { ...opts, diagrams: [diagram] });
    const renderMs = Math.round((performance.now() - started) * 10) / 10;
    const r = result.rendered[0]!;
    for (const f of result.files) {
      const bytes = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength);
      // a PNG's size is read from its own header: email @2x files are resampled to 1200 px wide
      const size = f.format === 'png' ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: r.width, height: r.height };
      const record = { path: `${analysis.id}/${f.name}`, diagram, format: f.format, bytes: bytes.length, ...size, sha256: sha256(bytes), renderMs, alt: r.alt, warnings: r.warnings };
      files.push({ name: f.name, record, data: bytes });
    }
    onDiagram?.(i + 1, names.length);
  }
  return files;
}
