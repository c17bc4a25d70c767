import { EMAIL_TARGET_BYTES, emailFiles } from '../render/email/profile.js';
import type { OutputFile, OutputSet } from './types.js';
import { standardFiles } from './standard.js';
import { escapeXml } from '../render/escape.js';

/** `<base>/<analysis id>/<file>`: the output folder's layout, as uploaded to the image host. */
export function hostedUrl(baseUrl: string, id: string, file: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURI(id)}/${encodeURI(file)}`;
}

/** The snippet with its src (the bare file name) replaced by the hosted URL. */
function withSrc(html: string, name: string, url: string): string {
  return html.replace(`src="${escapeXml(name)}"`, `src="${escapeXml(url)}"`);
}

const CONTENT_TYPE = { png: 'image/png', svg: 'image/svg+xml', html: 'text/html; charset=utf-8' } as const;

/** The newsletter set: `<d>@2x.png`, an email-safe `<d>.svg`, `<d>.html`, plus layout.json when asked; its warnings join the diagram's. */
export const emailSet: OutputSet = {
  name: 'email',
  formats: (asked) => ['svg', ...asked.filter((f) => f === 'layout')],
  files(rendered, analysis, opts) {
    const files: OutputFile[] = [];
    const out = rendered.map((r) => {
      const e = emailFiles(r, undefined, opts.maxBytes ?? EMAIL_TARGET_BYTES);
      const hosted = (f: (typeof e.files)[number]) => (f.format === 'html' && opts.baseUrl ? { ...f, data: withSrc(String(f.data), `${r.diagram}@2x.png`, hostedUrl(opts.baseUrl, analysis.id, `${r.diagram}@2x.png`)) } : f);
      files.push(...e.files.map((f) => ({ ...hosted(f), contentType: CONTENT_TYPE[f.format] })), ...standardFiles([{ ...r, svg: undefined }]));
      return { ...r, warnings: [...r.warnings, ...e.warnings] };
    });
    return { files, rendered: out };
  },
};
