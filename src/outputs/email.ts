import { EMAIL_TARGET_BYTES, emailFiles } from '../render/email/profile.js';
import type { OutputFile, OutputSet } from './types.js';
import { standardFiles } from './standard.js';

const CONTENT_TYPE = { png: 'image/png', svg: 'image/svg+xml', html: 'text/html; charset=utf-8' } as const;

/** The newsletter set: `<d>@2x.png`, an email-safe `<d>.svg`, `<d>.html`, plus layout.json when asked; its warnings join the diagram's. */
export const emailSet: OutputSet = {
  name: 'email',
  formats: (asked) => ['svg', ...asked.filter((f) => f === 'layout')],
  files(rendered, _analysis, opts) {
    const files: OutputFile[] = [];
    const out = rendered.map((r) => {
      const e = emailFiles(r, undefined, opts.maxBytes ?? EMAIL_TARGET_BYTES);
      files.push(...e.files.map((f) => ({ ...f, contentType: CONTENT_TYPE[f.format] })), ...standardFiles([{ ...r, svg: undefined }]));
      return { ...r, warnings: [...r.warnings, ...e.warnings] };
    });
    return { files, rendered: out };
  },
};
