import './resvg-env.js'; // before resvg's binary loads
import { createRequire } from 'node:module';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/**
 * resvg's Resvg class. Its package's loader asks process.report whether the C library is glibc or
 * musl before it picks a binary: ~5 ms of a cold one-PNG render. On glibc Linux (where npm installs
 * the -gnu binary package) that binary is loaded directly; anywhere else, or when it fails to load
 * (musl, a missing package), the package's own loader picks.
 */
function loadResvg(): typeof ResvgClass {
  if (process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')) {
    try {
      const native = (require(`@resvg/resvg-js-linux-${process.arch}-gnu`) as { Resvg: new (svg: string, options?: string) => InstanceType<typeof ResvgClass> }).Resvg;
      // as the package's own index.js wraps the binding: its options go to Rust as JSON text
      return class Resvg extends native {
        constructor(svg: string, options?: ConstructorParameters<typeof ResvgClass>[1]) {
          super(svg, JSON.stringify(options));
        }
      } as unknown as typeof ResvgClass;
    } catch {
      // not glibc, or not installed: the package's loader below
    }
  }
  return (require('@resvg/resvg-js') as { Resvg: typeof ResvgClass }).Resvg;
}

export const Resvg = loadResvg();
