import type { Scene, SceneItem } from '../scene/types.js';
import type { TextEngine } from '../text/engine.js';
import { escapeXml } from './escape.js';

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

function item(it: SceneItem, text: TextEngine, s: Scene['shadow']): string {
  switch (it.type) {
    case 'rect':
      return shadowOf(it, s) + tag('rect', { id: it.id, x: it.x, y: it.y, width: it.width, height: it.height, rx: it.rx, fill: it.fill, stroke: it.stroke, 'stroke-width': it.strokeWidth, 'stroke-dasharray': it.dash?.join(' ') });
    case 'circle':
      return shadowOf(it, s) + tag('circle', { id: it.id, cx: it.cx, cy: it.cy, r: it.r, fill: it.fill, stroke: it.stroke, 'stroke-width': it.strokeWidth });
    case 'path':
      return tag('path', { id: it.id, d: it.d, fill: it.fill ?? 'none', stroke: it.stroke, 'stroke-width': it.strokeWidth, 'stroke-linecap': it.stroke ? 'round' : undefined, 'stroke-dasharray': it.dash?.join(' ') });
    case 'text':
      // Glyph outlines: identical in every viewer, no font needed; the words live in title/desc.
      return tag('path', { id: it.id, d: text.outline(it.text), fill: it.fill });
  }
}

/**
 * Scene → standalone SVG string: viewBox plus width/height, role="img", <title> and <desc>,
 * presentation attributes only (no <style>, script, foreignObject or external reference).
 */
export function sceneToSvg(scene: Scene, text: TextEngine): string {
  const { width: W, height: H, shadow } = scene;
  const defs = tag('linearGradient', { id: 'canvas', x1: 0, y1: 0, x2: 1, y2: 1 }, tag('stop', { offset: 0, 'stop-color': scene.background[0] }) + tag('stop', { offset: 1, 'stop-color': scene.background[1] }));
  const body = [
    tag('title', { id: 'title' }, escapeXml(scene.title)),
    tag('desc', { id: 'desc' }, escapeXml(scene.description)),
    tag('defs', {}, defs),
    tag('rect', { width: W, height: H, fill: scene.background[0] === scene.background[1] ? scene.background[0] : 'url(#canvas)' }),
    tag('g', { 'aria-hidden': 'true' }, scene.items.map((it) => item(it, text, shadow)).join('')),
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${escapeXml(text.lang)}" role="img" aria-labelledby="title desc" aria-label="${escapeXml(scene.title)}">${body}</svg>\n`;
}
