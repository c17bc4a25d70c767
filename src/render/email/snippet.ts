import { escapeXml } from '../escape.js';

export interface SnippetImage {
  src: string;
  /** CSS pixels of the slot: the PNG has twice as many */
  width: number;
  height: number;
  alt: string;
}

/**
 * The <img> a newsletter pastes: width/height attributes (Outlook sizes images by them), fluid
 * up to the slot width, block display (no gap under the image), and alt text that carries the
 * diagram's message for readers whose client blocks images.
 */
export function emailSnippet(img: SnippetImage): string {
  return `<img src="${escapeXml(img.src)}" width="${img.width}" height="${img.height}" alt="${escapeXml(img.alt)}" style="display:block;width:100%;max-width:${img.width}px;height:auto;border:0">\n`;
}
