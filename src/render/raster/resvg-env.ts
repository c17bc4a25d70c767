/**
 * Allocator settings for resvg's native code, set before its binary loads (import this module
 * ahead of '@resvg/resvg-js'; bin/visint.js sets the same before the bundled CLI loads, because
 * a bundle evaluates its external imports first). resvg-js allocates with mimalloc, which returns
 * freed pages to the OS 10 ms after use by default, so each render faulted its ~6 MB of pixmap
 * pages in again. Measured with `visint batch` on 400 analyses at -j 2 (shared machine):
 * system CPU 7.0 s by default, 3.0 s with a 250 ms delay (peak RSS 365 MB with the pool's small
 * young generation), 3.2 s with never (-1) but peak RSS 388 MB. A value the user set wins.
 */
export const RESVG_PURGE_DELAY_MS = '250';
process.env.MIMALLOC_PURGE_DELAY ??= RESVG_PURGE_DELAY_MS;
