import type { Font } from './font-book.js';
import type { PlacedText, TextPlacer } from './place.js';

const fmt = (n: number): string => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Glyph outlines in font units, cached per font and glyph id. */
const outlines = new WeakMap<Font, Map<number, { command: string; args: number[] }[]>>();

function commandsOf(font: Font, glyphId: number) {
  let perFont = outlines.get(font);
  if (!perFont) outlines.set(font, (perFont = new Map()));
  let cmds = perFont.get(glyphId);
  if (!cmds) perFont.set(glyphId, (cmds = font.getGlyph(glyphId).path.commands));
  return cmds;
}

/**
 * Converts placed text into one SVG path `d` of glyph outlines (y flipped, scaled, rounded to
 * 0.01 px), so the text looks identical in every viewer and needs no font to display.
 */
export function outlineText(placer: TextPlacer, t: PlacedText): string {
  const parts: string[] = [];
  placer.forEachGlyph(t, ({ font, glyphId, x, y, size }) => {
    const s = size / font.unitsPerEm;
    const X = (v: number) => fmt(x + v * s);
    const Y = (v: number) => fmt(y - v * s);
    for (const { command, args: a } of commandsOf(font, glyphId)) {
      switch (command) {
        case 'moveTo': parts.push(`M${X(a[0]!)} ${Y(a[1]!)}`); break;
        case 'lineTo': parts.push(`L${X(a[0]!)} ${Y(a[1]!)}`); break;
        case 'quadraticCurveTo': parts.push(`Q${X(a[0]!)} ${Y(a[1]!)} ${X(a[2]!)} ${Y(a[3]!)}`); break;
        case 'bezierCurveTo': parts.push(`C${X(a[0]!)} ${Y(a[1]!)} ${X(a[2]!)} ${Y(a[3]!)} ${X(a[4]!)} ${Y(a[5]!)}`); break;
        case 'closePath': parts.push('Z'); break;
      }
    }
  });
  return parts.join('');
}
