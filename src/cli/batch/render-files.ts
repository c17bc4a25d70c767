import type { Analysis } from '../../analysis/types.js';
import type { OutputOptions } from '../../outputs/types.js';
import { renderAnalysisFiles } from '../../run/render-analysis.js';
import type { RenderedOutput } from '../../run/types.js';
import type { DiagramProblem, RenderedFile } from './types.js';

/** A rendered output with its manifest record (path `<id>/<name>`), as batch and the queue write it. */
export function toRenderedFile(id: string, f: RenderedOutput): RenderedFile {
  const { name, data } = f;
  return { name, data, record: { path: `${id}/${name}`, diagram: f.diagram, format: f.format, bytes: data.length, width: f.width, height: f.height, sha256: f.sha256, renderMs: f.renderMs, alt: f.alt, warnings: f.warnings } };
}

/**
 * Renders one validated analysis into its files and their manifest records, in memory, with
 * the same code as batch's pool worker (run/render-analysis.ts), so both write the same bytes.
 */
export function renderFiles(analysis: Analysis, opts: OutputOptions, onDiagram?: (done: number, total: number) => void): { files: RenderedFile[]; skipped: string[]; diagramFailures: DiagramProblem[] } {
  const r = renderAnalysisFiles(analysis, opts, onDiagram);
  return { files: r.files.map((f) => toRenderedFile(analysis.id, f)), skipped: r.skipped, diagramFailures: r.diagramFailures };
}
