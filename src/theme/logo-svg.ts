/**
 * A logo SVG reduced to plain shapes: only path, rect, circle, ellipse, line, polyline,
 * polygon and g survive, with whitelisted presentation attributes whose values pass a strict
 * grammar (hex colours, numbers, path data, simple transforms). Everything else — script,
 * style, foreignObject, image, use, links, gradients, event handlers, any url() or href — is
 * dropped with its children. The output is re-serialised from the checked values, so nothing
 * of the input's markup reaches our SVG verbatim.
 */
export interface SanitisedLogo {
  /** the logo's own coordinate box */
  viewBox: [number, number, number, number];
  /** the shapes, as SVG markup in viewBox coordinates */
  body: string;
  /** how many elements or attributes were dropped (for a warning) */
  dropped: number;
}

const SHAPES = new Set(['g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
const NUM = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?(px)?$/;
const PAINT = /^(none|#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}|black|white)$/;
const ATTRS: Record<string, RegExp> = {
  d: /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]{1,200000}$/,
  points: /^[0-9eE.,+\-\s]{1,100000}$/,
  fill: PAINT,
  stroke: PAINT,
  'fill-rule': /^(nonzero|evenodd)$/,
  'clip-rule': /^(nonzero|evenodd)$/,
  'stroke-linecap': /^(butt|round|square)$/,
  'stroke-linejoin': /^(miter|round|bevel)$/,
  transform: /^(\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\([-+0-9eE.,\s]*\)\s*,?)+$/,
  ...Object.fromEntries(['x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'x1', 'y1', 'x2', 'y2', 'stroke-width', 'stroke-miterlimit', 'opacity', 'fill-opacity', 'stroke-opacity'].map((a) => [a, NUM])),
};
const MAX_ELEMENTS = 5000;

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;

function attributes(src: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of src.matchAll(ATTR)) out.set(m[1]!, m[2] ?? m[3] ?? '');
  // style="fill:#123456;stroke:none" is read as attributes too (and then checked like them)
  for (const decl of (out.get('style') ?? '').split(';')) {
    const [k, v] = decl.split(':').map((s) => s.trim());
    if (k && v && !out.has(k)) out.set(k, v);
  }
  return out;
}

function numbers(s: string | undefined): number[] {
  return (s ?? '').trim().split(/[\s,]+/).filter(Boolean).map((n) => Number(n.replace(/px$/, '')));
}

export class LogoError extends Error {}

/** Sanitises logo SVG text; throws LogoError when nothing drawable or no size is left. */
export function sanitiseLogoSvg(text: string): SanitisedLogo {
  if (/<!DOCTYPE[^>]*\[/i.test(text)) throw new LogoError('a DOCTYPE with an internal subset (entities) is not accepted');
  const src = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<\?[\s\S]*?\?>/g, '').replace(/<!DOCTYPE[^>]*>/gi, '');
  let viewBox: [number, number, number, number] | undefined;
  const out: string[] = [];
  const open: { name: string; kept: boolean }[] = [];
  let skipDepth = 0;
  let dropped = 0;
  let elements = 0;
  for (const m of src.matchAll(TAG)) {
    const [, closing, rawName, attrSrc, selfClosing] = m;
    const name = rawName!.toLowerCase();
    if (closing) {
      const top = open.pop();
      if (!top) continue;
      if (!top.kept) skipDepth--;
      else if (top.name === 'g') out.push('</g>');
      continue;
    }
    const attrs = attributes(attrSrc ?? '');
    if (name === 'svg' && !viewBox && skipDepth === 0) {
      const vb = numbers(attrs.get('viewBox') ?? attrs.get('viewbox'));
      const w = numbers(attrs.get('width'))[0];
      const h = numbers(attrs.get('height'))[0];
      viewBox = vb.length === 4 ? (vb as [number, number, number, number]) : w && h ? [0, 0, w, h] : undefined;
      if (!selfClosing) open.push({ name, kept: true });
      continue;
    }
    const kept = skipDepth === 0 && SHAPES.has(name) && ++elements <= MAX_ELEMENTS;
    if (!kept) {
      dropped++;
      if (!selfClosing) {
        open.push({ name, kept: false });
        skipDepth++;
      }
      continue;
    }
    const safe: string[] = [];
    for (const [k, v] of attrs) {
      const rule = ATTRS[k];
      if (rule && rule.test(v.trim())) safe.push(` ${k}="${v.trim()}"`);
      else if (k !== 'style' && k !== 'id' && k !== 'class' && !k.startsWith('xmlns')) dropped++;
    }
    if (name === 'g') {
      out.push(`<g${safe.join('')}>`);
      if (selfClosing) out.push('</g>');
      else open.push({ name, kept: true });
    } else {
      out.push(`<${name}${safe.join('')}/>`);
      if (!selfClosing) open.push({ name, kept: true });
    }
  }
  // close any <g> the input left open
  for (const o of open.reverse()) if (o.kept && o.name === 'g') out.push('</g>');
  if (!viewBox || !viewBox.every(Number.isFinite) || viewBox[2] <= 0 || viewBox[3] <= 0) throw new LogoError('the logo SVG needs a viewBox (or width and height)');
  if (!out.some((s) => !s.startsWith('<g') && !s.startsWith('</g'))) throw new LogoError('the logo SVG has no shapes left to draw (only path, rect, circle, ellipse, line, polyline, polygon are kept)');
  return { viewBox, body: out.join(''), dropped };
}
