import type { Analysis } from './types.js';
import type { AnalysisInput } from './schema.js';
import { SECTION_KEYS } from './schema.js';
import type { IssueSink } from './issue-sink.js';
import { normaliseSection } from './normalise-sections.js';
import { slugify } from './slug.js';
import { hasWords, LANGUAGES } from '../i18n/index.js';

const METADATA = ['subtitle', 'subject', 'author', 'date', 'source', 'theme'] as const;

/**
 * Turns schema-checked input into the normalised `Analysis` (see ./types.ts for what it
 * guarantees). Problems go to `sink`; the result is only meaningful when it has no errors.
 */
export function normaliseAnalysis(input: AnalysisInput, sink: IssueSink): Analysis {
  const title = sink.label('title', input.title, 'title') ?? '';
  const analysis: Analysis = { version: 1, id: input.id ?? (slugify(title) || 'analysis'), title };
  for (const key of METADATA) {
    const value = sink.optional(key, input[key]);
    if (value !== undefined) analysis[key] = value;
  }
  if (input.lang !== undefined) {
    analysis.lang = input.lang;
    if (!hasWords(input.lang)) sink.warn('lang', `no built-in words for "${input.lang}" (have ${LANGUAGES.join(', ')}): English words are used`);
  }
  for (const key of SECTION_KEYS) {
    const section = input[key];
    if (section === undefined) continue;
    const value = normaliseSection(key, section as NonNullable<AnalysisInput[typeof key]>, sink);
    if (value !== undefined) (analysis as unknown as Record<string, unknown>)[key] = value;
  }
  warnAboutUnknownPatternRefs(analysis, sink);
  return analysis;
}

/** `moat.patterns` and `synthesis.frameworks` should name patterns listed in `patterns`. */
function warnAboutUnknownPatternRefs(analysis: Analysis, sink: IssueSink): void {
  if (!analysis.patterns) return;
  const listed = new Set(analysis.patterns.map((pattern) => pattern.id));
  const refs: [string, number[] | undefined][] = [
    ['moat.patterns', analysis.moat?.patterns],
    ['synthesis.frameworks', analysis.synthesis?.frameworks],
  ];
  for (const [path, numbers] of refs) {
    numbers?.forEach((n, index) => {
      if (!listed.has(n)) sink.warn(`${path}[${index}]`, `pattern #${n} is not listed in "patterns"`);
    });
  }
}
