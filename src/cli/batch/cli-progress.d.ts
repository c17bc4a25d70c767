// The part of cli-progress 3.12 that progress.ts uses (the package ships no types).
declare module 'cli-progress' {
  export interface Options {
    stream?: NodeJS.WritableStream;
    format?: string;
    hideCursor?: boolean;
    clearOnComplete?: boolean;
    barsize?: number;
    fps?: number;
    etaBuffer?: number;
  }
  export interface Bar {
    update(value: number, payload?: Record<string, unknown>): void;
  }
  export class MultiBar {
    constructor(options: Options, preset?: unknown);
    create(total: number, start: number, payload?: Record<string, unknown>): Bar;
    log(text: string): void;
    update(): void;
    stop(): void;
  }
  const cliProgress: { MultiBar: typeof MultiBar };
  export default cliProgress;
}
