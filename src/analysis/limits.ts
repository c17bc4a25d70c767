/**
 * Hard limits of Analysis JSON v1 (see guides/reliability-and-email.md §3.2).
 * Everything here is checked before, or while, the input is read — never after rendering.
 */

/** Largest accepted JSON text, in UTF-16 code units (1 MiB). */
export const MAX_INPUT_LENGTH = 1024 * 1024;
/** Deepest accepted nesting of arrays and objects. */
export const MAX_NESTING_DEPTH = 64;
/** Longest label-like string (titles, labels, names, thesis, caption…). */
export const MAX_LABEL_LENGTH = 300;
/** Longest prose string (narrative, structure, firstPrinciples, summary, quote, text, note). */
export const MAX_LONG_TEXT_LENGTH = 2000;
/** Most characters of text across a whole analysis. */
export const MAX_TOTAL_TEXT = 50_000;
/** Syntax errors reported at most for one JSON text (later ones are mostly cascades). */
export const MAX_SYNTAX_ISSUES = 20;
/** Validation errors reported at most for one analysis; the rest are counted. */
export const MAX_REPORTED_ISSUES = 100;

/** Item-count bounds of the lists, inclusive. */
export const BOUNDS = {
  nodes: [1, 12],
  /**
   * Arrows of a strategy map. 13 nodes could carry 156 ordered pairs, but a map with more than
   * about 40 arrows is no longer readable at any size (and its layout search grows with the
   * count), so the input is refused above that.
   */
  edges: [0, 40],
  flywheelSteps: [3, 10],
  chain: [2, 12],
  patterns: [1, 12],
  bottlenecks: [1, 6],
  patternRefs: [0, 24],
} as const satisfies Record<string, readonly [number, number]>;

/** Mental-model numbers (`#45 Model Commoditization`). */
export const PATTERN_ID_RANGE = [1, 999] as const;

/** Ids: the analysis id names an output folder, map-node ids name graph nodes. */
export const ID_PATTERN = /^[a-z0-9-]{1,80}$/;
export const MAX_ID_LENGTH = 80;

/** Keys that could reach an object's prototype; rejected anywhere in the input. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
