// The live editor: CodeMirror on the analysis, /validate as you type (errors at their JSON
// path), every diagram previewed through POST /render, the last good picture kept while the
// input is invalid. Bundled by scripts/build-editor.mjs; served by `visint serve` at /.
import { EditorView, basicSetup } from 'codemirror';
import { json } from '@codemirror/lang-json';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import sample from '../../fixtures/meta-llama.json';

interface Issue { path: string; message: string; line?: number; column?: number }
type Validation = { ok: true; id: string; diagrams: string[] } | { ok: false; errors: Issue[] };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const size = $<HTMLSelectElement>('size');
const theme = $<HTMLSelectElement>('theme');
const status = $<HTMLElement>('status');
const errorList = $<HTMLUListElement>('errors');
const previews = $<HTMLElement>('previews');
const copied = $<HTMLInputElement>('copied');
const STORE = 'visint-editor-analysis';

/** Each render round gets a number; answers from older rounds are dropped. */
let round = 0;
let lastGood = '';

function query(): string {
  const q = new URLSearchParams({ size: size.value });
  if (theme.value) q.set('theme', theme.value);
  return q.toString();
}

/** `strategyMap.nodes[1].label` → ['strategyMap', 'nodes', 1, 'label']. */
function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The text range of a JSON path: the value there, or its nearest existing parent (a missing field). */
function rangeOf(text: string, path: string): { from: number; to: number } {
  const tree = parseTree(text);
  if (!tree) return { from: 0, to: Math.min(1, text.length) };
  const segs = segments(path);
  for (let n = segs.length; n >= 0; n--) {
    const node: JsonNode | undefined = findNodeAtLocation(tree, segs.slice(0, n));
    if (!node) continue;
    // a container that lacks the field: mark its first line only, not the whole document
    const to = n < segs.length && (node.type === 'object' || node.type === 'array') ? node.offset + 1 : node.offset + node.length;
    return { from: node.offset, to };
  }
  return { from: 0, to: 1 };
}

function offsetOf(text: string, line: number, column: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) off = text.indexOf('\n', off) + 1;
  return Math.min(text.length, off + column - 1);
}

function diagnostics(text: string, errors: Issue[]): Diagnostic[] {
  return errors.map((e) => {
    const r = e.line !== undefined ? { from: offsetOf(text, e.line, e.column ?? 1), to: offsetOf(text, e.line, e.column ?? 1) } : rangeOf(text, e.path);
    return { from: r.from, to: Math.max(r.to, r.from), severity: 'error', message: e.path ? `${e.path}: ${e.message}` : e.message };
  });
}

function showErrors(view: EditorView, text: string, errors: Issue[]): void {
  errorList.replaceChildren(
    ...errors.map((e) => {
      const li = document.createElement('li');
      li.dataset.path = e.path;
      const at = e.path || (e.line !== undefined ? `line ${e.line}:${e.column}` : '(document)');
      li.innerHTML = `<code></code> `;
      li.querySelector('code')!.textContent = at;
      li.append(e.message);
      li.onclick = () => {
        const r = e.line !== undefined ? { from: offsetOf(text, e.line, e.column ?? 1) } : rangeOf(text, e.path);
        view.dispatch({ selection: { anchor: r.from }, scrollIntoView: true });
        view.focus();
      };
      return li;
    }),
  );
}

function setStatus(text: string, cls: string): void {
  status.textContent = text;
  status.className = cls;
}

async function validate(view: EditorView): Promise<Diagnostic[]> {
  const text = view.state.doc.toString();
  localStorage.setItem(STORE, text);
  let v: Validation;
  try {
    v = (await (await fetch('/validate', { method: 'POST', body: text, headers: { 'content-type': 'application/json' } })).json()) as Validation;
  } catch {
    setStatus('service unreachable', 'invalid');
    return [];
  }
  if (!v.ok) {
    showErrors(view, text, v.errors);
    setStatus(`${v.errors.length} error${v.errors.length === 1 ? '' : 's'} — showing the last good pictures`, 'invalid');
    for (const card of previews.querySelectorAll('.card')) card.classList.add('stale');
    return diagnostics(text, v.errors);
  }
  showErrors(view, text, []);
  setStatus(`valid: ${v.id}`, 'valid');
  lastGood = text;
  void refresh(v.diagrams);
  return [];
}

function card(diagram: string): HTMLElement {
  let el = previews.querySelector<HTMLElement>(`.card[data-diagram="${diagram}"]`);
  if (el) return el;
  el = document.createElement('div');
  el.className = 'card';
  el.dataset.diagram = diagram;
  el.innerHTML = `<h3></h3><img alt=""><div class="error"></div><div class="buttons">
    <button data-act="svg">Download SVG</button><button data-act="png">Download PNG</button>
    <button data-act="url">Copy GET URL</button><button data-act="img">Copy &lt;img&gt;</button></div>`;
  el.querySelector('h3')!.textContent = diagram;
  el.querySelector('img')!.dataset.diagram = diagram;
  for (const b of el.querySelectorAll<HTMLButtonElement>('button')) b.onclick = () => void act(diagram, b.dataset.act!);
  previews.append(el);
  return el;
}

/** Renders every diagram the analysis has (SVG previews); a failed one keeps its last picture. */
async function refresh(diagrams: string[]): Promise<void> {
  const mine = ++round;
  for (const c of previews.querySelectorAll<HTMLElement>('.card')) if (!diagrams.includes(c.dataset.diagram!)) c.remove();
  const text = lastGood;
  await Promise.all(
    diagrams.map(async (d) => {
      const el = card(d);
      const res = await fetch(`/render/${d}.svg?${query()}`, { method: 'POST', body: text });
      if (mine !== round) return;
      const err = el.querySelector<HTMLElement>('.error')!;
      if (!res.ok) {
        err.textContent = ((await res.json()) as { error: string }).error;
        return;
      }
      err.textContent = '';
      const img = el.querySelector('img')!;
      const old = img.src;
      img.src = URL.createObjectURL(await res.blob());
      img.alt = decodeURIComponent(res.headers.get('x-visint-alt') ?? d);
      img.dataset.round = String(mine);
      el.classList.remove('stale');
      if (old.startsWith('blob:')) URL.revokeObjectURL(old);
    }),
  );
}

/** base64url of the zlib-deflated text: the `a` parameter of a GET URL. */
async function packed(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function copy(text: string): Promise<void> {
  copied.value = text;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    copied.select(); // no clipboard permission: the text is selected in the footer field
  }
}

async function act(diagram: string, what: string): Promise<void> {
  const text = lastGood;
  if (what === 'svg' || what === 'png') {
    const res = await fetch(`/render/${diagram}.${what}?${query()}`, { method: 'POST', body: text });
    if (!res.ok) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await res.blob());
    a.download = `${diagram}.${what}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    return;
  }
  const url = `${location.origin}/render/${diagram}.png?${query()}&a=${await packed(text)}`;
  if (what === 'url') return copy(url);
  const alt = previews.querySelector<HTMLImageElement>(`img[data-diagram="${diagram}"]`)?.alt ?? diagram;
  const attr = alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return copy(`<img src="${url}" width="600" alt="${attr}" style="display:block;width:100%;max-width:600px;height:auto">`);
}

async function start(): Promise<void> {
  const opts = (await (await fetch('/api/options')).json()) as { sizes: string[]; themes: string[] };
  for (const s of opts.sizes) size.add(new Option(s, s, s === 'og', s === 'og'));
  for (const t of opts.themes) theme.add(new Option(t, t));
  const initial = localStorage.getItem(STORE) ?? JSON.stringify(sample, null, 2);
  const view = new EditorView({
    doc: initial,
    parent: $('editor'),
    extensions: [basicSetup, json(), lintGutter(), linter((v) => validate(v), { delay: 350 }), EditorView.lineWrapping],
  });
  (window as unknown as { visintEditor: EditorView }).visintEditor = view;
  const rerender = () => void validate(view);
  size.onchange = rerender;
  theme.onchange = rerender;
}

void start();
