#!/usr/bin/env node
// Text-and-space report: renders fixtures × diagrams × sizes and counts, per diagram kind, texts cut
// with an ellipsis, texts left out (warned or not), words split without a hyphen, and the largest
// empty band (a full-width or full-height strip with no ink) as a share of the canvas side.
//
//   npm run build && node scripts/space-report.mjs [--dist DIR] [--png OUTDIR] [fixtures...]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); if (i < 0) return undefined; const v = args[i + 1]; args.splice(i, 2); return v; };
const dist = resolve(opt('--dist') ?? 'dist');
const pngDir = opt('--png');
const only = opt('--diagrams')?.split(',');
const { Renderer, bundledFontLoader, loadTheme } = await import(pathToFileURL(resolve(dist, 'index.js')).href);
const { validateText } = await import(pathToFileURL(resolve(dist, 'analysis/validate.js')).href);
const files = args.length ? args : ['fixtures/meta-llama.json', 'fixtures/long-labels.json', 'fixtures/flywheel-only.json', 'fixtures/minimal.json', 'fixtures/french-platform.json', 'fixtures/german-mittelstand.json'];
const SIZES = [[1080, 1080], [1080, 1350], [400, 400], [2400, 600], [600, 1600], [1200, 630]];
const { layersModel } = await import(pathToFileURL(resolve(dist, 'diagrams/layers/model.js')).href);
const renderer = new Renderer(bundledFontLoader());
const theme = loadTheme('business-engineer');

/** Texts a diagram should show whole, from the analysis. */
function expected(d, a) {
  const notes = (items) => items.flatMap((s) => (typeof s === 'object' && s.note ? [s.note] : []));
  switch (d) {
    case 'patterns': return [...(a.patterns ?? []).map((p) => p.name), ...notes(a.patterns ?? [])];
    case 'flywheel': return a.flywheel ? [...a.flywheel.steps.map((s) => s.label), ...notes(a.flywheel.steps)] : [];
    case 'chain': return a.strategy?.chain ?? [];
    case 'bottlenecks': return (a.bottlenecks ?? []).flatMap((b) => [b.title, ...(b.text ? [b.text] : [])]);
    case 'moat': return a.moat ? [a.moat.title, ...(a.moat.text ? [a.moat.text] : [])] : [];
    case 'quote': return a.synthesis ? [a.synthesis.quote] : [];
    default: return [];
  }
}

function boxesOf(l) {
  const out = [];
  const add = (b) => b && b.width >= 0 && out.push(b);
  for (const n of l.nodes) { add(n.box); add(n.label?.box); add(n.note?.box); }
  for (const t of l.texts) add(t.box);
  for (const e of l.edges) {
    const nums = (e.path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const xs = nums.filter((_, i) => i % 2 === 0), ys = nums.filter((_, i) => i % 2 === 1);
    if (xs.length) add({ x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) });
  }
  return out;
}

/** Largest gap in [0, side] not covered by the intervals. */
function largestGap(intervals, side) {
  const s = intervals.map(([a, b]) => [Math.max(0, a), Math.min(side, b)]).filter(([a, b]) => b > a).sort((p, q) => p[0] - q[0]);
  let at = 0, gap = 0;
  for (const [a, b] of s) { gap = Math.max(gap, a - at); at = Math.max(at, b); }
  return Math.max(gap, side - at);
}

const kinds = new Map();
const rows = [];
for (const file of files) {
  let text = readFileSync(file, 'utf8');
  let v = validateText(text);
  // an older build without `lang`: the same analysis in English words
  if (!v.ok && v.errors.some((e) => e.path === 'lang')) v = validateText(JSON.stringify({ ...JSON.parse(text), lang: undefined }));
  if (!v.ok) { console.error(file, 'invalid'); continue; }
  const a = v.analysis;
  for (const [w, h] of SIZES) {
    let results;
    try { results = renderer.render(a, { diagrams: 'all', theme, size: { width: w, height: h }, formats: pngDir ? ['png', 'layout'] : ['layout'] }); } catch (e) { console.error(file, w, h, e.message); continue; }
    for (const r of results) {
      if (only && !only.includes(r.diagram)) continue;
      const l = r.layout;
      const shown = [...l.nodes.flatMap((n) => [n.label, n.note].filter(Boolean)), ...l.texts];
      const cuts = r.warnings.filter((x) => /ellipsis/.test(x.message)).length;
      const warnedDrops = r.warnings.filter((x) => /left out|shown/.test(x.message)).length;
      const norm = (s) => s.replace(/\s+/g, '');
      const whole = new Set(shown.filter((t) => !t.lines.some((ln) => ln.endsWith('…'))).map((t) => norm(t.text)));
      const all = new Set(shown.map((t) => norm(t.text)));
      const missing = expected(r.diagram, a).filter((t) => !all.has(norm(t)));
      // the five-layer overview shows key lines of its sections: count the items it left out
      const layerItems = r.diagram === 'layers' ? layersModel(a).bands.reduce((n, band) => n + band.items.length, 0) - l.nodes.filter((nd) => nd.role === 'node').length : 0;
      const silentDrops = Math.max(0, missing.length + layerItems - warnedDrops);
      // a line that ends inside a word without a hyphen: the next line continues a word
      let badSplits = 0;
      for (const t of shown) for (let i = 0; i + 1 < t.lines.length; i++) {
        const joined = norm(t.lines.slice(0, i + 1).join(' '));
        const src = norm(t.text);
        if (!t.lines[i].endsWith('-') && /\p{L}$/u.test(t.lines[i]) && /^\p{L}/u.test(t.lines[i + 1]) && src.startsWith(joined) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(t.lines[i])) {
          // the source has no space here: a word was split
          const idx = joined.length;
          const spaced = t.text.replace(/\s+/g, ' ');
          const upto = spaced.split(' ');
          let acc = '', split = true;
          for (const wd of upto) { acc += wd; if (acc.length === idx) { split = false; break; } if (acc.length > idx) break; }
          if (split) badSplits++;
        }
      }
      const boxes = boxesOf(l);
      const band = Math.max(largestGap(boxes.map((b) => [b.y, b.y + b.height]), h) / h, largestGap(boxes.map((b) => [b.x, b.x + b.width]), w) / w);
      const k = kinds.get(r.diagram) ?? { renders: 0, cuts: 0, drops: 0, silentDrops: 0, badSplits: 0, band: 0, worst: '' };
      k.renders++; k.cuts += cuts; k.drops += warnedDrops + silentDrops; k.silentDrops += silentDrops; k.badSplits += badSplits;
      if (band > k.band) { k.band = band; k.worst = `${basename(file)} ${w}x${h}`; }
      kinds.set(r.diagram, k);
      rows.push({ file: basename(file), size: `${w}x${h}`, diagram: r.diagram, cuts, drops: warnedDrops + silentDrops, silentDrops, badSplits, band: Math.round(band * 100) });
      if (pngDir && r.png) { mkdirSync(pngDir, { recursive: true }); writeFileSync(`${pngDir}/${basename(file, '.json')}-${r.diagram}-${w}x${h}.png`, r.png); }
    }
  }
}
const total = { cuts: 0, drops: 0, silentDrops: 0, badSplits: 0 };
console.log('kind           renders cuts drops(silent) splits-without-hyphen largest-empty-band');
for (const [d, k] of [...kinds].sort()) {
  for (const key of Object.keys(total)) total[key] += k[key];
  console.log(`${d.padEnd(14)} ${String(k.renders).padStart(7)} ${String(k.cuts).padStart(4)} ${String(k.drops).padStart(5)}(${k.silentDrops}) ${String(k.badSplits).padStart(6)} ${String(Math.round(k.band * 100)).padStart(5)}%  ${k.worst}`);
}
console.log('total', JSON.stringify(total));
if (process.env.REPORT_ROWS) writeFileSync(process.env.REPORT_ROWS, JSON.stringify(rows, null, 1));
