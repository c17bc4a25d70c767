/**
 * Text clean-up applied to every string of an analysis: what cannot be drawn or serialised
 * into XML 1.0 is removed, the rest is NFC-normalised and trimmed.
 */

/** C0/C1 controls (tab and line breaks are handled first), noncharacters U+FFFE/U+FFFF, BOM. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFEFF\uFFFE\uFFFF]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Zero-width space, non-joiner and joiner — except a joiner between two pictographs, which
 * glues emoji sequences (👨‍👩‍👧) and must stay.
 */
const ZERO_WIDTH = /[\u200B\u200C]|(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

function stripInvisible(text: string): string {
  return text.replace(LONE_SURROGATES, '').replace(CONTROLS, '').replace(ZERO_WIDTH, '');
}

/** A one-line label: whitespace runs (tabs, line breaks) become one space. */
export function cleanLabel(text: string): string {
  const visible = stripInvisible(text.replace(LINE_BREAKS, ' '));
  return visible.replace(/[ \t\n]+/g, ' ').normalize('NFC').trim();
}

/** Prose: line breaks are kept (as `\n`), tabs become spaces. */
export function cleanLongText(text: string): string {
  const unixLines = text.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ');
  return stripInvisible(unixLines).normalize('NFC').trim();
}
