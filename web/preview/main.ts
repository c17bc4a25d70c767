// `visint preview` page: listens to /events (server-sent events) and redraws every diagram on
// each save; a broken file shows its errors, with their JSON paths, in place of the pictures.
interface Issue { path: string; message: string; line?: number; column?: number }
type State = { version: number; file: string; ok: true; diagrams: { name: string; alt: string; warnings: string[] }[] } | { version: number; file: string; ok: false; errors: Issue[] };

const main = document.getElementById('diagrams')!;
const statusEl = document.getElementById('status')!;

function show(s: State): void {
  document.getElementById('file')!.textContent = s.file;
  document.body.dataset.version = String(s.version);
  if (!s.ok) {
    statusEl.textContent = `${s.errors.length} error${s.errors.length === 1 ? '' : 's'}`;
    statusEl.className = 'invalid';
    const box = document.createElement('div');
    box.className = 'problems';
    box.textContent = s.errors.map((e) => `${e.path || (e.line !== undefined ? `line ${e.line}:${e.column}` : '(document)')}: ${e.message}`).join('\n');
    main.replaceChildren(box);
    return;
  }
  statusEl.textContent = `updated ${new Date().toLocaleTimeString()}`;
  statusEl.className = 'valid';
  main.replaceChildren(
    ...s.diagrams.map((d) => {
      const fig = document.createElement('figure');
      fig.dataset.diagram = d.name;
      const cap = document.createElement('figcaption');
      cap.textContent = d.warnings.length ? `${d.name} — ${d.warnings.join('; ')}` : d.name;
      const img = document.createElement('img');
      img.src = `/diagram/${d.name}.svg?v=${s.version}`;
      img.alt = d.alt;
      fig.append(cap, img);
      return fig;
    }),
  );
}

const events = new EventSource('/events');
events.onmessage = (e) => show(JSON.parse(e.data) as State);
events.onerror = () => {
  statusEl.textContent = 'preview stopped? reconnecting…';
  statusEl.className = 'invalid';
};
export {};
