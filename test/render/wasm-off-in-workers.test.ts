import { describe, expect, it } from 'vitest';
import { preferJavaScriptKernels, wasmPixels } from '../../src/render/raster/wasm-pixels.js';
import { render } from '../../src/index.js';
import { fixture } from '../helpers/render-kit.js';

/**
 * A batch pool worker turns the WebAssembly kernels off (run/worker.ts): warm, the JavaScript is as
 * fast and holds no linear memory. The PNG bytes are the same either way.
 */
describe('preferJavaScriptKernels()', () => {
  it('turns the kernels off for the process, and the PNG bytes stay the same', () => {
    const meta = fixture('meta-llama.json');
    expect(wasmPixels()).not.toBeNull();
    const [withKernels] = render(meta, { diagrams: ['flywheel'], formats: ['png'] });
    preferJavaScriptKernels();
    expect(wasmPixels()).toBeNull();
    const [withoutKernels] = render(meta, { diagrams: ['flywheel'], formats: ['png'] });
    expect(Buffer.compare(Buffer.from(withKernels!.png!), Buffer.from(withoutKernels!.png!))).toBe(0);
  });
});
