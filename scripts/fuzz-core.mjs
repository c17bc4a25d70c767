// Seeded mutation fuzzer over the fixtures (the engine; scripts/fuzz.mjs is the command line and
// test/hostile/fuzz.test.ts runs a fixed seed in the suite). Works on the built dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(ROOT, 'dist', p));

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same cases everywhere. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)], chance: (p) => next() < p };
}

const Z = 'Z\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308';
const HOSTILE_STRINGS = [
  '', ' ', '\t\n', 'x', Z, `${Z}${Z}${Z}`, 'Ångström', 'ÅÅÅ gjpqy', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '🚀 growth', 'مرحبا بالعالم', 'नमस्ते', '中文标签测试', 'Ünïcödé Ωmega',
  '<script>alert(1)</script>', '"><svg onload=alert(1)>', '&amp; &lt; &#x41; ]]>', "url(javascript:alert('x'))", 'a\u0000b', '\ud800', '\u202e reversed', '\ufeff bom', 'line\nbreak',
  'W'.repeat(60), 'supercalifragilisticexpialidocious-internationalization-'.repeat(3), 'word '.repeat(60), 'x'.repeat(300), 'y'.repeat(301), 'long prose '.repeat(190),
  'constructor', '__proto__', 'toString', 'a-b', 'a→b', '—', '-', '#45',
];
const HOSTILE_VALUES = [null, true, false, 0, -1, 1.5, 1e308, -1e308, 999, 1000, 2 ** 53, [], {}, [[]], { label: 'x' }, ['a'], 'x'];

function paths(value, prefix = [], out = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) paths(value[k], [...prefix, k], out);
  return out;
}
const getAt = (root, path) => path.reduce((v, k) => (v == null ? undefined : v[k]), root);
function setAt(root, path, value) {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1));
  if (parent && typeof parent === 'object') parent[path[path.length - 1]] = value;
  return root;
}

/** One structural mutation of a parsed fixture; returns the new root and a description. */
function mutateValue(r, root) {
  const all = paths(root);
  const path = r.pick(all);
  const here = getAt(root, path);
  const where = path.join('.') || '(root)';
  const op = r.int(9);
  if (op <= 2 && (typeof here === 'string' || r.chance(0.3))) {
    const s = r.pick(HOSTILE_STRINGS);
    const v = typeof here === 'string' && r.chance(0.4) ? here + s : s;
    return [setAt(root, path, v), `string at ${where}`];
  }
  if (op === 3) return [setAt(root, path, structuredClone(r.pick(HOSTILE_VALUES))), `value at ${where}`];
  if (op === 4 && Array.isArray(here) && here.length > 0) {
    here.splice(r.int(here.length), 1);
    return [root, `remove item of ${where}`];
  }
  if (op === 5 && Array.isArray(here) && here.length > 0) {
    const n = 1 + r.int(8);
    for (let i = 0; i < n; i++) here.push(structuredClone(here[r.int(here.length)]));
    return [root, `duplicate items of ${where}`];
  }
  if (op === 6 && here && typeof here === 'object' && !Array.isArray(here)) {
    const keys = Object.keys(here);
    if (keys.length) delete here[r.pick(keys)];
    return [root, `delete key in ${where}`];
  }
  if (op === 7 && here && typeof here === 'object' && !Array.isArray(here)) {
    here[r.pick(['extra', 'lable', 'note', 'theme', 'id', 'emphasis', 'weight'])] = structuredClone(r.pick([...HOSTILE_VALUES, ...HOSTILE_STRINGS]));
    return [root, `add key in ${where}`];
  }
  if (typeof here === 'number') return [setAt(root, path, r.pick([0, -0, 1, 12, 13, 157, 1e9, -5, 0.5])), `number at ${where}`];
  if (typeof here === 'string') return [setAt(root, path, here.split('').reverse().join('')), `reverse ${where}`];
  return [root, 'no-op'];
}

/** A byte-level mutation of the JSON text (the parser's side). */
function mutateText(r, text) {
  const at = r.int(text.length + 1);
  const op = r.int(5);
  if (op === 0) return [text.slice(0, at), 'truncate text'];
  if (op === 1) return [text.slice(0, at) + r.pick([',', '{', '}', ']', '"', '\\', '/*x*/', '1e400', '\u0000', 'NaN', '\ufeff', ':']) + text.slice(at), 'insert token'];
  if (op === 2) return [text.slice(0, at) + text.slice(at + 1 + r.int(20)), 'delete span'];
  if (op === 3) return [text.replace(/"(\w+)":/, '"$1":1,"$1":'), 'duplicate key'];
  return ['\ufeff' + text, 'BOM'];
}

/** A mutation's description without its JSON path ("string at a.b" → "string"), for the counts by kind. */
const mutationKind = (description) => description.replace(/^reverse .*$/, 'reverse').replace(/ (at|of|in) .*$/, '');

const SIZES = [
  { width: 1200, height: 630 }, { width: 1080, height: 1080 }, { width: 1920, height: 1080 }, { width: 1080, height: 1350 },
  { width: 1200, height: 600 }, { width: 1456, height: 1048 }, { width: 600, height: 400 }, { width: 400, height: 400 },
  { width: 2400, height: 600 }, { width: 600, height: 1600 }, { width: 2400, height: 400 }, { width: 400, height: 2400 },
];

export async function loadEngine() {
  const [{ validate, VisintError }, { selectDiagrams, Renderer }, { layoutProblems }, { emailSvgProblems }, { themeForAnalysis }, { withBudget }, { bundledFontLoader }] = await Promise.all([
    dist('index.js'), dist('render/render.js'), dist('layout/invariants.js'), dist('render/email/svg-safety.js'), dist('io/themes.js'), dist('render/budget.js'), dist('io/bundled-fonts.js'),
  ]);
  const renderer = new Renderer(bundledFontLoader());
  const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.json')).sort().map((f) => ({ name: f, text: readFileSync(join(ROOT, 'fixtures', f), 'utf8') }));
  return { validate, VisintError, selectDiagrams, layoutProblems, emailSvgProblems, themeForAnalysis, withBudget, renderer, fixtures };
}

/**
 * Runs `runs` cases from `seed`. Each case: a fixture, 1–4 mutations (structural, or of the
 * text), validation, then one available diagram (all of them one case in ten) laid out and drawn at a random size within
 * a time bound. A finding is: an exception that is not a VisintError, a broken layout
 * invariant, an SVG the safety checker refuses, a case over the time bound (CPU time; the
 * library's own wall-clock budget is set to ten times it), or an error message over 2,000
 * characters.
 */
export async function fuzz({ runs = 300, seed = 11, timeBoundMs = 20_000, onProgress, onFinding, onInput, only } = {}) {
  const e = await loadEngine();
  const counts = { cases: 0, invalid: 0, valid: 0, diagrams: 0, expectedErrors: {}, mutations: {}, findings: 0, slowestMs: 0 };
  const findings = [];
  const finding = (kind, detail, c) => {
    counts.findings++;
    const f = { kind, detail: String(detail).slice(0, 500), ...c };
    if (findings.length < 50) findings.push(f);
    onFinding?.(f);
  };
  for (let i = 0; i < runs; i++) {
    if (only !== undefined && i !== only) continue;
    // one generator per case: any case can be replayed alone with --case N
    const r = rng(Math.imul(seed, 0x9e3779b1) ^ (i + 1));
    const fixture = r.pick(e.fixtures);
    let text = fixture.text;
    const done = [];
    if (r.chance(0.25)) {
      const [t, d] = mutateText(r, text);
      text = t;
      done.push(d);
    } else {
      let root = JSON.parse(text);
      const n = 1 + r.int(4);
      for (let k = 0; k < n; k++) {
        const [next, d] = mutateValue(r, root);
        root = next;
        done.push(d);
      }
      text = JSON.stringify(root);
    }
    for (const d of done) {
      const kind = mutationKind(d);
      counts.mutations[kind] = (counts.mutations[kind] ?? 0) + 1;
    }
    const size = r.pick(SIZES);
    const c = { case: i, fixture: fixture.name, mutations: done, size: `${size.width}x${size.height}` };
    counts.cases++;
    onInput?.(text, c);
    // CPU time, not wall time: on a shared machine a case can wait for a core far longer than it works
    const cpuStart = process.cpuUsage();
    try {
      const v = e.validate(text);
      if (!v.ok) {
        counts.invalid++;
        if (v.errors.length === 0) finding('no errors', 'invalid without an error', c);
        for (const er of v.errors) if (er.message.length > 2000 || er.path.length > 2000) finding('long message', er.message.slice(0, 200), c);
      } else {
        counts.valid++;
        const theme = e.themeForAnalysis(v.analysis.theme, undefined);
        // the library's wall-clock budget, generous here; the CPU-time bound below is the check
        e.withBudget(timeBoundMs * 10, () => {
          // one diagram per case (every diagram one case in ten): more cases for the same time
          const available = e.selectDiagrams(v.analysis, 'all');
          const chosen = r.chance(0.1) ? available : available.length ? [r.pick(available)] : [];
          for (const d of chosen) {
            try {
              const { layout, alt, ctx } = e.renderer.layout(v.analysis, d, theme, size);
              counts.diagrams++;
              const warned = new Set(layout.warnings.map((w) => w.field));
              const problems = e.layoutProblems(layout).filter((p) => {
                const id = /^label of (\S+) is not inside its box$/.exec(p)?.[1];
                const node = id && layout.nodes.find((n) => n.id === id);
                return !(node && warned.has(node.label.field ?? node.id));
              });
              if (problems.length) finding('invariant', `${d.name}: ${problems.slice(0, 3).join('; ')}`, c);
              const svg = e.renderer.svg(layout, alt, d, ctx);
              const unsafe = e.emailSvgProblems(svg);
              if (unsafe.length) finding('svg-safety', `${d.name}: ${unsafe.slice(0, 3).join('; ')}`, c);
            } catch (err) {
              if (!(err instanceof e.VisintError)) throw err;
              counts.expectedErrors[err.kind] = (counts.expectedErrors[err.kind] ?? 0) + 1;
              if (err.kind === 'timeout') throw err;
            }
          }
        });
      }
    } catch (err) {
      if (err instanceof e.VisintError) counts.expectedErrors[err.kind] = (counts.expectedErrors[err.kind] ?? 0) + 1;
      else finding('exception', err && err.stack ? err.stack.split('\n').slice(0, 4).join(' | ') : String(err), c);
    }
    const used = process.cpuUsage(cpuStart);
    const ms = (used.user + used.system) / 1000;
    counts.slowestMs = Math.max(counts.slowestMs, Math.round(ms));
    if (ms > timeBoundMs) finding('slow', `${Math.round(ms)} ms of CPU time`, c);
    onProgress?.(i + 1, counts);
  }
  return { counts, findings };
}
