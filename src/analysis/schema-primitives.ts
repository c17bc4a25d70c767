import * as z from 'zod/mini';
// the English locale alone: z.locales would bundle all ~50 of zod's locales (265 KB of the CLI bundle)
import english from 'zod/v4/locales/en.js';
import { excerpt } from './excerpt.js';
import { ID_PATTERN, MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_LONG_TEXT_LENGTH, PATTERN_ID_RANGE } from './limits.js';

/** Building blocks of the Analysis JSON schema, each with the message its failure shows. */

// zod/mini (imported for its much cheaper load) ships without a default locale; install the
// English messages full zod would, for issues that carry no custom message of ours.
if (!z.core.globalConfig.localeError) z.config(english());

const lengthOf = (input: unknown): number => (typeof input === 'string' || Array.isArray(input) ? input.length : 0);

function boundedString(max: number, required: boolean) {
  const tooLong = z.string().check(
    z.maxLength(max, { error: (issue) => `must be at most ${max} characters, got ${lengthOf(issue.input)}` }),
  );
  return required ? tooLong.check(z.minLength(1, { error: 'must not be empty' })) : tooLong;
}

/** A required label-like string (≤ 300 characters): titles, labels, names, steps. */
export const label = () => boundedString(MAX_LABEL_LENGTH, true);
/** An optional label-like string; an empty one is dropped with a warning. */
export const shortText = () => boundedString(MAX_LABEL_LENGTH, false);
/** Prose (≤ 2000 characters): narrative, summary, quote, text, note. */
export const longText = (required = false) => boundedString(MAX_LONG_TEXT_LENGTH, required);

/** A slug id such as `developer-ecosystem`. */
export const slugId = () =>
  z.string().check(
    z.regex(ID_PATTERN, {
      error: (issue) =>
        `must be a slug of 1 to ${MAX_ID_LENGTH} characters a-z, 0-9 and "-", got ${typeof issue.input === 'string' ? excerpt(issue.input) : JSON.stringify(issue.input)}`,
    }),
  );

/** A reference to a strategy-map node id, checked against the known ids after normalisation. */
export const nodeRef = () => boundedString(MAX_ID_LENGTH, true);

/** A mental-model number such as 45 for "#45 Model Commoditization". */
export const patternNumber = () => {
  const [min, max] = PATTERN_ID_RANGE;
  const range = (issue: { input?: unknown }) => `must be a whole number from ${min} to ${max}, got ${String(issue.input)}`;
  return z.int().check(z.gte(min, { error: range }), z.lte(max, { error: range }));
};

/** An array with inclusive item-count bounds and one message for both ends. */
export function list<T extends z.ZodMiniType>(item: T, [min, max]: readonly [number, number]) {
  const message = (issue: { input?: unknown }) =>
    min === 0
      ? `must have at most ${max} items, got ${lengthOf(issue.input)}`
      : `must have ${min} to ${max} items, got ${lengthOf(issue.input)}`;
  const bounded = z.array(item).check(z.maxLength(max, { error: message }));
  return min > 0 ? bounded.check(z.minLength(min, { error: message })) : bounded;
}

/** A list item written either as a plain string or as an object with a `label`. */
export function labelled<T extends z.core.$ZodShape>(shape: T, description: string) {
  return z
    .union([label(), z.strictObject({ label: label().check(z.describe('Text shown in the box')), ...shape })])
    .check(z.describe(description));
}
