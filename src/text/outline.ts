import type { Face } from './face.js';
import type { PlacedText, TextPlacer } from './place.js';

/** Hundredths of a pixel as text: 1234 → "12.34", -5 → "-0.05". */
function hundredths(n: number): string {
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const int = Math.floor(a / 100);
  const frac = a % 100;
  return frac === 0 ? `${sign}${int}` : `${sign}${int}.${frac < 10 ? '0' : ''}${frac % 10 === 0 ? frac / 10 : frac}`;
}

/**
 * A glyph at one size as a relative path after its first point: [first point (hundredths of a
 * pixel, y down), path text]. Local points are rounded to 0.01 px first and the deltas taken
 * between rounded points, so a placement at a rounded origin draws exactly the absolute path.
 */
type GlyphPath = [number, number, string];
const glyphCache = new WeakMap<Face, Map<string, GlyphPath>>();

function glyphPath(face: Face, cp: number, size: number): GlyphPath {
  let perFace = glyphCache.get(face);
  if (!perFace) glyphCache.set(face, (perFace = new Map()));
  const key = `${cp}|${size}`;
  const hit = perFace.get(key);
  if (hit) return hit;
  const s = (size / face.unitsPerEm) * 100;
  let first: [number, number] | undefined;
  let cx = 0, cy = 0;
  const parts: string[] = [];
  const rel = (a: number[]) => {
    const out: string[] = [];
    for (let i = 0; i < a.length; i += 2) {
      const x = Math.round(a[i]! * s), y = Math.round(-a[i + 1]! * s);
      out.push(`${hundredths(x - cx)} ${hundredths(y - cy)}`);
      if (i === a.length - 2) [cx, cy] = [x, y];
    }
    return out.join(' ');
  };
  let start: [number, number] = [0, 0];
  for (const { command, args } of face.outline(cp)) {
    if (command === 'moveTo') {
      const x = Math.round(args[0]! * s), y = Math.round(-args[1]! * s);
      if (!first) first = [x, y];
      else parts.push(`m${hundredths(x - cx)} ${hundredths(y - cy)}`);
      [cx, cy] = [x, y];
      start = [x, y];
    } else if (command === 'lineTo') parts.push(`l${rel(args)}`);
    else if (command === 'quadraticCurveTo') parts.push(`q${rel(args)}`);
    else if (command === 'bezierCurveTo') parts.push(`c${rel(args)}`);
    else {
      parts.push('z');
      [cx, cy] = start; // after z the pen is back at the subpath's start
    }
  }
  const path: GlyphPath = first ? [first[0], first[1], parts.join('')] : [0, 0, ''];
  perFace.set(key, path);
  return path;
}

/**
 * Converts placed text into one SVG path `d` of glyph outlines (y flipped, scaled, 0.01 px
 * precision), so the text looks identical in every viewer and needs no font to display.
 */
export function outlineText(placer: TextPlacer, t: PlacedText): string {
  const parts: string[] = [];
  placer.forEachGlyph(t, ({ face, cp, x, y, size }) => {
    const [fx, fy, rest] = glyphPath(face, cp, size);
    if (!rest) return;
    parts.push(`M${hundredths(Math.round(x * 100) + fx)} ${hundredths(Math.round(y * 100) + fy)}${rest}`);
  });
  return parts.join('');
}
