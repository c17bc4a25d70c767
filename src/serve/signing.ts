import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed URLs: `sig` is HMAC-SHA256 (base64url) of the path and the query without `sig`,
 * which must hold `exp` (Unix seconds). Any of the active keys may have signed it, so a key
 * can be rotated by serving the old and new key together for a while.
 */
export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'expired' | 'invalid' };

const hmac = (key: string, text: string): Buffer => createHmac('sha256', key).update(text).digest();

/** The string a signature covers: the path, and the query in its order with `sig` taken out. */
function signedText(pathAndQuery: string): { text: string; sig: string | null; exp: string | null } {
  const q = pathAndQuery.indexOf('?');
  const path = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : pathAndQuery.slice(q + 1));
  const sig = params.get('sig');
  params.delete('sig');
  const rest = params.toString();
  return { text: rest ? `${path}?${rest}` : path, sig, exp: params.get('exp') };
}

/** Adds `exp` and `sig` to a path (with or without a query), signed with `key`. */
export function signUrl(pathAndQuery: string, key: string, expiresAt: Date): string {
  const withExp = `${pathAndQuery}${pathAndQuery.includes('?') ? '&' : '?'}exp=${Math.floor(expiresAt.getTime() / 1000)}`;
  const { text } = signedText(withExp);
  return `${withExp}&sig=${hmac(key, text).toString('base64url')}`;
}

export function checkSignature(pathAndQuery: string, keys: string[], now: Date = new Date()): SignatureCheck {
  const { text, sig, exp } = signedText(pathAndQuery);
  if (sig === null || exp === null) return { ok: false, reason: 'missing' };
  const given = Buffer.from(sig, 'base64url');
  const valid = keys.some((k) => {
    const want = hmac(k, text);
    return given.length === want.length && timingSafeEqual(given, want);
  });
  if (!valid) return { ok: false, reason: 'invalid' };
  if (!/^\d+$/.test(exp) || Number(exp) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true };
}
