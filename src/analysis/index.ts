/** Analysis JSON v1: reading, validating and normalising. */
export { parseJsonText, type ParseJsonResult } from './parse-json.js';
export { validateAnalysis, validateText } from './validate.js';
export { slugify } from './slug.js';
export type {
  Analysis,
  Bottleneck,
  LabelItem,
  MapEdge,
  MapNode,
  Pattern,
  StrategyMap,
  ValidationIssue,
  ValidationResult,
} from './types.js';
