/**
 * The canvas background, drawn here instead of by resvg. A full-canvas diagonal gradient cost
 * ~35–40 % of resvg's rasterising of the Meta strategy map (121 vs 80 ms p25 for the same SVG
 * with a flat fill, one run, busy machine); computing it in JS while compositing resvg's
 * transparent-background render over it costs one pass over the pixels.
 *
 * Only the exact shape our SVG writer emits is recognised (render/svg.ts: a two-stop
 * objectBoundingBox linearGradient and a rect of the whole canvas filled with it, first after
 * </defs>); anything else → undefined, and resvg draws the SVG as it is.
 */
export interface CanvasGradient {
  /** the SVG without the background rect */
  rest: string;
  width: number;
  height: number;
  from: [number, number];
  to: [number, number];
  colours: [number[], number[]];
}

const NUM = '(-?\\d+(?:\\.\\d+)?)';
const HEX = '#([0-9a-fA-F]{6})';
const GRADIENT = new RegExp(`<linearGradient id="([\\w-]+)" x1="${NUM}" y1="${NUM}" x2="${NUM}" y2="${NUM}"><stop offset="0" stop-color="${HEX}"/><stop offset="1" stop-color="${HEX}"/></linearGradient>`);
const ROOT = /^<svg\b[^>]*\bwidth="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"[^>]*\bviewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/;

const hexToRgb = (hex: string) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));

export function findCanvasGradient(svg: string): CanvasGradient | undefined {
  const root = ROOT.exec(svg);
  const g = GRADIENT.exec(svg);
  if (!root || !g) return undefined;
  const [, id, x1, y1, x2, y2, c0, c1] = g;
  const width = Number(root[3]);
  const height = Number(root[4]);
  const rect = `</defs><rect width="${root[3]}" height="${root[4]}" fill="url(#${id})"/>`;
  const at = svg.indexOf(rect);
  if (at < 0 || svg.indexOf(`url(#${id})`) !== at + rect.indexOf('url(')) return undefined; // used elsewhere too
  return {
    rest: svg.slice(0, at) + '</defs>' + svg.slice(at + rect.length),
    width,
    height,
    from: [Number(x1), Number(y1)],
    to: [Number(x2), Number(y2)],
    colours: [hexToRgb(c0!), hexToRgb(c1!)],
  };
}

/**
 * Composites premultiplied RGBA `over` (resvg's render of the rest) onto the gradient, in place:
 * out = over + gradient × (1 − alpha). The gradient is evaluated at pixel centres in the
 * gradient's bounding-box space, as SVG defines objectBoundingBox gradients.
 */
export function compositeOverGradient(over: Uint8Array, pixelWidth: number, pixelHeight: number, g: CanvasGradient): void {
  const [fx, fy] = g.from;
  const dx = g.to[0] - fx;
  const dy = g.to[1] - fy;
  const len2 = dx * dx + dy * dy || 1;
  const [a, b] = g.colours;
  const dr = b[0]! - a[0]!;
  const dg = b[1]! - a[1]!;
  const db = b[2]! - a[2]!;
  for (let y = 0; y < pixelHeight; y++) {
    const v = (y + 0.5) / pixelHeight - fy;
    let i = y * pixelWidth * 4;
    for (let x = 0; x < pixelWidth; x++, i += 4) {
      const alpha = over[i + 3]!;
      if (alpha === 255) continue;
      const u = (x + 0.5) / pixelWidth - fx;
      let t = (u * dx + v * dy) / len2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const k = (255 - alpha) / 255;
      over[i] = Math.round(over[i]! + (a[0]! + dr * t) * k);
      over[i + 1] = Math.round(over[i + 1]! + (a[1]! + dg * t) * k);
      over[i + 2] = Math.round(over[i + 2]! + (a[2]! + db * t) * k);
      over[i + 3] = 255;
    }
  }
}
