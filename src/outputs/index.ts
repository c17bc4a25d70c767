export type { DiagramFailure, OutputFile, OutputOptions, OutputSet } from './types.js';
export { outputSets, outputSetFor } from './registry.js';
export { renderOutputs, renderOutputsFromText, type OutputsResult } from './render-outputs.js';
export { standardFiles } from './standard.js';
