import { escapeXml } from '../../render/escape.js';

export interface HeroImage {
  /** canvas size; the PNG is `scale` times larger */
  width: number;
  height: number;
  scale: number;
  alt: { short: string };
  png: Uint8Array;
}

/**
 * `hero.meta.json`: the Open Graph properties of the hero PNG (ogp.me structured properties of
 * og:image), as data and as <meta> tags ready to paste into a page head. `og:image` holds the
 * file name: replace it with the image's absolute URL when you publish.
 */
export function heroMeta(img: HeroImage, file = 'hero.png') {
  const width = img.width * img.scale;
  const height = img.height * img.scale;
  const tags: [string, string][] = [
    ['og:image', file],
    ['og:image:type', 'image/png'],
    ['og:image:width', String(width)],
    ['og:image:height', String(height)],
    ['og:image:alt', img.alt.short],
  ];
  return {
    image: file,
    type: 'image/png',
    width,
    height,
    alt: img.alt.short,
    bytes: img.png.length,
    tags: Object.fromEntries(tags),
    html: tags.map(([p, c]) => `<meta property="${p}" content="${escapeXml(c)}">`).join('\n'),
  };
}

export function heroMetaJson(img: HeroImage, file?: string): string {
  return JSON.stringify(heroMeta(img, file), null, 2) + '\n';
}
