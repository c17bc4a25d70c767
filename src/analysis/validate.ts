import type { ValidationIssue, ValidationResult } from './types.js';
import { AnalysisSchema, SECTION_KEYS } from './schema.js';
import { parseJsonText } from './parse-json.js';
import { scanInput } from './input-scan.js';
import { fromZodIssues } from './zod-issues.js';
import { IssueSink } from './issue-sink.js';
import { orderIssues } from './issue-list.js';
import { normaliseAnalysis } from './normalise-analysis.js';
import { normaliseSection } from './normalise-sections.js';

const failure = (errors: ValidationIssue[]): ValidationResult => ({ ok: false, errors });

/**
 * Checks a parsed Analysis JSON v1 value and returns it normalised (see ./types.ts), or every
 * error found, each naming its JSON path, sorted by path. Never throws.
 */
export function validateAnalysis(value: unknown): ValidationResult {
  try {
    const scan = scanInput(value);
    if (scan.fatal.length > 0) return failure(orderIssues(scan.fatal));
    const parsed = AnalysisSchema.safeParse(value, { reportInput: true });
    const sink = new IssueSink();
    if (parsed.success) {
      const analysis = normaliseAnalysis(parsed.data, sink);
      const errors = orderIssues([...scan.errors, ...sink.errors]);
      if (errors.length > 0) return failure(errors);
      return { ok: true, analysis, warnings: orderIssues(sink.warnings) };
    }
    checkSectionsThatParse(value, sink);
    const schemaErrors = fromZodIssues(parsed.error.issues, AnalysisSchema);
    const errors = orderIssues([...scan.errors, ...schemaErrors, ...sink.errors]);
    return failure(errors.length > 0 ? errors : [{ path: '', message: 'invalid analysis' }]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure([{ path: '', message: `could not validate the analysis: ${reason}` }]);
  }
}

/** Reads a JSON text and validates it; syntax errors carry line and column. Never throws. */
export function validateText(text: string): ValidationResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? validateAnalysis(parsed.value) : failure(parsed.errors);
}

/**
 * When the document as a whole fails the schema, the sections that pass on their own are
 * still normalised, so that their semantic errors (duplicate ids, unknown edge ends, empty
 * labels) are reported in the same run.
 */
function checkSectionsThatParse(value: unknown, sink: IssueSink): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const record = value as Record<string, unknown>;
  if (typeof record.title === 'string') sink.label('title', record.title, 'title');
  for (const key of SECTION_KEYS) {
    if (record[key] === undefined) continue;
    const section = AnalysisSchema.shape[key].safeParse(record[key]);
    if (section.success && section.data !== undefined) normaliseSection(key, section.data as never, sink);
  }
}
