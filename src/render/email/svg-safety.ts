/**
 * What an email-safe SVG must not contain (reliability guide §1.3): anything that runs, styles,
 * fetches or needs a font. Elements are checked by name; every attribute value is checked for
 * URLs; only `#id` references to ids defined in the same file are allowed.
 */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'foreignobject', 'image', 'iframe', 'object', 'embed', 'a', 'text', 'tspan', 'textpath', 'animate', 'animatemotion', 'animatetransform', 'set', 'font', 'font-face', 'link', 'meta']);

const TAG = /<([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const URL_SCHEME = /(?:^|[\s(,'"])(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTR)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
  return out;
}

/** One sentence per violation; an empty list means the SVG is email-safe. */
export function emailSvgProblems(svg: string): string[] {
  const out: string[] = [];
  if (/<!|<\?(?!xml\s)/.test(svg)) out.push('has a comment, CDATA, DOCTYPE, ENTITY or processing instruction');
  const ids = new Set([...svg.matchAll(/\sid\s*=\s*"([^"]*)"/g)].map((m) => m[1]!));
  let root: Map<string, string> | undefined;
  for (const m of svg.matchAll(TAG)) {
    const name = m[1]!.toLowerCase();
    const attrs = attributes(m[2] ?? '');
    root ??= name === 'svg' ? attrs : new Map([['not-svg', name]]);
    if (FORBIDDEN_ELEMENTS.has(name)) out.push(`has a <${m[1]}> element`);
    for (const [key, value] of attrs) {
      if (key.startsWith('on')) out.push(`has an event handler attribute ${key}`);
      if (key === 'style') out.push('has a style attribute');
      if (key === 'href' || key === 'xlink:href') {
        if (!value.startsWith('#') || !ids.has(value.slice(1))) out.push(`${key}="${value.slice(0, 40)}" is not a reference inside the file`);
        continue;
      }
      // aria-* hold the words people read: "url(…)" in a label is prose, escaped, and never fetched
      if (key.startsWith('aria-')) continue;
      for (const u of value.matchAll(/url\(\s*['"]?([^)'"]*)/gi)) if (!u[1]!.startsWith('#') || !ids.has(u[1]!.slice(1))) out.push(`url(${u[1]!.slice(0, 40)}) is not a reference inside the file`);
      const withoutRefs = value.replace(/url\(\s*['"]?#[\w-]+['"]?\s*\)/gi, '');
      // xmlns names a namespace
      if (key !== 'xmlns' && !key.startsWith('xmlns:') && URL_SCHEME.test(withoutRefs)) out.push(`attribute ${key} holds a URL or data: reference`);
    }
  }
  if (!root || root.has('not-svg')) return [...out, 'does not start with an <svg> element'];
  for (const key of ['width', 'height']) if (!/^\d+(\.\d+)?$/.test(root.get(key) ?? '')) out.push(`root <svg> has no explicit numeric ${key}`);
  if (!/^\s*-?[\d.]+[\s,]+-?[\d.]+[\s,]+[\d.]+[\s,]+[\d.]+\s*$/.test(root.get('viewbox') ?? '')) out.push('root <svg> has no viewBox');
  return [...new Set(out)];
}
