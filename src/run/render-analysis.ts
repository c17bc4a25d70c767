import { createHash } from 'node:crypto';
import type { Analysis } from '../analysis/types.js';
import { renderOutputs } from '../outputs/render-outputs.js';
import type { OutputOptions } from '../outputs/types.js';
import { selectDiagrams } from '../render/render.js';
import type { DiagramProblem, RenderedOutput } from './types.js';

export interface AnalysisRender {
  files: RenderedOutput[];
  /** named diagrams whose section the analysis lacks */
  skipped: string[];
  /** diagrams that could not be drawn (the others were) */
  diagramFailures: DiagramProblem[];
}

/**
 * Renders one validated analysis into its output files, one diagram at a time so each file
 * carries its own render time. The one code path of batch, the service and the queue
 * processor: they write or serve the same bytes.
 */
export function renderAnalysisFiles(analysis: Analysis, opts: OutputOptions, onDiagram?: (done: number, total: number) => void): AnalysisRender {
  const names = opts.diagrams === 'all' ? selectDiagrams(analysis, 'all').map((d) => d.name) : opts.diagrams;
  const out: AnalysisRender = { files: [], skipped: [], diagramFailures: [] };
  for (const [i, diagram] of names.entries()) {
    const started = performance.now();
    // a diagram whose section this analysis lacks is skipped; one that fails does not stop the others
    const result = renderOutputs(analysis, { ...opts, diagrams: [diagram], missing: 'skip' });
    const renderMs = Math.round((performance.now() - started) * 10) / 10;
    out.skipped.push(...result.skipped);
    out.diagramFailures.push(...result.failures.map((f) => ({ diagram: f.diagram, message: f.message })));
    const r = result.rendered[0];
    if (r) {
      for (const f of result.files) {
        const data = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength);
        // a PNG's size is read from its own header: email @2x files are resampled to 1200 px wide
        const size = f.format === 'png' ? { width: data.readUInt32BE(16), height: data.readUInt32BE(20) } : { width: r.width, height: r.height };
        out.files.push({ name: f.name, diagram, format: f.format, contentType: f.contentType, data, ...size, sha256: createHash('sha256').update(data).digest('hex'), renderMs, alt: r.alt, warnings: r.warnings });
      }
    }
    onDiagram?.(i + 1, names.length);
  }
  return out;
}
