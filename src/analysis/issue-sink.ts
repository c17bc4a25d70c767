import type { ValidationIssue } from './types.js';
import { cleanLabel, cleanLongText } from './clean-text.js';

/** Collects errors and warnings while an analysis is normalised, and cleans its strings. */
export class IssueSink {
  readonly errors: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  /** A required label; empty after cleaning is an error (`label is empty`) and gives `undefined`. */
  label(path: string, raw: string, what = 'label'): string | undefined {
    return this.required(path, cleanLabel(raw), what);
  }

  /** Required prose (a quote). */
  longText(path: string, raw: string, what = 'text'): string | undefined {
    return this.required(path, cleanLongText(raw), what);
  }

  /** An optional string; one that is empty after cleaning is dropped with a warning. */
  optional(path: string, raw: string | undefined, kind: 'label' | 'long' = 'label'): string | undefined {
    if (raw === undefined) return undefined;
    const text = kind === 'label' ? cleanLabel(raw) : cleanLongText(raw);
    if (text === '') this.warn(path, 'empty text was ignored');
    return text === '' ? undefined : text;
  }

  private required(path: string, text: string, what: string): string | undefined {
    if (text === '') this.error(path, `${what} is empty`);
    return text === '' ? undefined : text;
  }
}
