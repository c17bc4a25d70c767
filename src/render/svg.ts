import type { Scene, SceneItem } from '../scene/types.js';
import type { TextEngine } from '../text/engine.js';
import { escapeXml } from './escape.js';
import { SvgIds } from './svg-ids.js';
import type { SanitisedLogo } from '../theme/logo-svg.js';
import { logoBox } from './themed-text.js';

/** The theme's logo in the room the wordmark block keeps for it (see ThemedTextEngine). */
function logoAt(it: SceneItem, logo: SanitisedLogo | undefined, id: string): string {
  if (!logo || it.type !== 'text' || it.text.role !== 'brand') return '';
  const [vx, vy, vw, vh] = logo.viewBox;
  const box = logoBox(it.text, vw / vh);
  const s = box.height / vh;
  return tag('g', { id, transform: `translate(${r2(box.x - vx * s)} ${r2(box.y - vy * s)}) scale(${Math.round(s * 1e5) / 1e5})` }, logo.body);
}

type Attrs = Record<string, string | number | undefined>;

function tag(name: string, attrs: Attrs, children?: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return children === undefined ? `<${name}${a}/>` : `<${name}${a}>${children}</${name}>`;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A soft lift under cards: two offset, translucent copies of the shape. A blur filter looks
 * similar but costs resvg ~80 ms per 1200×630 render, more than the rest of the picture.
 */
function shadowOf(it: SceneItem, s: Scene['shadow']): string {
  if (!('shadow' in it) || !it.shadow || s.opacity === 0) return '';
  const layers = [s.dy, s.dy / 2];
  const opacity = r2(s.opacity / 2);
  return layers
    .map((dy) =>
      it.type === 'rect'
        ? tag('rect', { x: it.x, y: r2(it.y + dy), width: it.width, height: it.height, rx: it.rx, fill: s.color, 'fill-opacity': opacity })
        : it.type === 'circle'
          ? tag('circle', { cx: it.cx, cy: r2(it.cy + dy), r: it.r, fill: s.color, 'fill-opacity': opacity })
          : '',
    )
    .join('');
}

function item(it: SceneItem, text: TextEngine, s: Scene['shadow'], ids: SvgIds, logo?: SanitisedLogo): string {
  const id = ids.fresh(it.id);
  switch (it.type) {
    case 'rect':
      return shadowOf(it, s) + tag('rect', { id, x: it.x, y: it.y, width: it.width, height: it.height, rx: it.rx, fill: it.fill, stroke: it.stroke, 'stroke-width': it.strokeWidth, 'stroke-dasharray': it.dash?.join(' ') });
    case 'circle':
      return shadowOf(it, s) + tag('circle', { id, cx: it.cx, cy: it.cy, r: it.r, fill: it.fill, stroke: it.stroke, 'stroke-width': it.strokeWidth });
    case 'path':
      return tag('path', { id, d: it.d, fill: it.fill ?? 'none', stroke: it.stroke, 'stroke-width': it.strokeWidth, 'stroke-linecap': it.stroke ? 'round' : undefined, 'stroke-dasharray': it.dash?.join(' ') });
    case 'text':
      // Glyph outlines: identical in every viewer, no font needed; the words live in title/desc.
      return tag('path', { id, d: text.outline(it.text), fill: it.fill }) + logoAt(it, logo, ids.fresh(`${it.id}-logo`));
  }
}

/**
 * Scene → standalone SVG string: viewBox plus width/height, role="img", <title> and <desc>,
 * presentation attributes only (no <style>, script, foreignObject or external reference).
 * Every id starts with `idPrefix` (see SvgIds), so SVGs inlined in one page never clash.
 */
export function sceneToSvg(scene: Scene, text: TextEngine, idPrefix = 'v', logo?: SanitisedLogo): string {
  const { width: W, height: H, shadow } = scene;
  const ids = new SvgIds(idPrefix);
  const [titleId, descId, canvasId] = [ids.fresh('title'), ids.fresh('desc'), ids.fresh('canvas')];
  const [from, to] = scene.background;
  const flat = from === to;
  const body = [
    tag('title', { id: titleId }, escapeXml(scene.title)),
    tag('desc', { id: descId }, escapeXml(scene.description)),
    flat ? '' : tag('defs', {}, tag('linearGradient', { id: canvasId, x1: 0, y1: 0, x2: 1, y2: 1 }, tag('stop', { offset: 0, 'stop-color': from }) + tag('stop', { offset: 1, 'stop-color': to }))),
    scene.transparent ? '' : tag('rect', { width: W, height: H, fill: flat ? from : `url(#${canvasId})` }),
    tag('g', { 'aria-hidden': 'true' }, scene.items.map((it) => item(it, text, shadow, ids, logo)).join('')),
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${escapeXml(text.lang)}" role="img" aria-labelledby="${titleId} ${descId}" aria-label="${escapeXml(scene.title)}">${body}</svg>\n`;
}
