/**
 * Analysis JSON v1 after validation and normalisation.
 *
 * Guarantees once a value has this type:
 * - every list item that the format lets be a plain string is an object with a `label`;
 * - every label is trimmed, NFC-normalised, non-empty, free of control characters;
 * - every strategy-map node has a unique `id` (slug of its label unless given);
 *   the hub's id defaults to `center`;
 * - `strategyMap.edges` is always present: hub → every satellite unless given, and every
 *   `from`/`to` names a known id;
 * - `id` is a slug `[a-z0-9-]{1,80}` (from `title` unless given).
 */
export interface LabelItem {
  label: string;
  note?: string;
}

export interface MapNode extends LabelItem {
  id: string;
  emphasis?: boolean;
}

export interface MapEdge {
  from: string;
  to: string;
  label?: string;
}

export interface StrategyMap {
  title?: string;
  center: MapNode;
  nodes: MapNode[];
  edges: MapEdge[];
  thesis?: string;
  caption?: string;
}

export interface Pattern {
  id: number;
  name: string;
  note?: string;
}

export interface Bottleneck {
  kind: 'active' | 'emerging';
  title: string;
  text?: string;
}

export interface Analysis {
  version: 1;
  id: string;
  title: string;
  subtitle?: string;
  subject?: string;
  /** BCP 47 language of the texts, as written; unset = English */
  lang?: string;
  author?: string;
  date?: string;
  source?: string;
  theme?: string;
  metaRules?: { narrative?: string; structure?: string; firstPrinciples?: string };
  patterns?: Pattern[];
  strategy?: { name: string; summary?: string; chain?: string[] };
  strategyMap?: StrategyMap;
  flywheel?: { title?: string; center?: string; steps: LabelItem[] };
  moat?: { title: string; text?: string; patterns?: number[] };
  bottlenecks?: Bottleneck[];
  synthesis?: { quote: string; frameworks?: number[] };
}

/** One problem found in an input, located by its JSON path (`strategyMap.edges[2].to`). */
export interface ValidationIssue {
  /** JSON path in dotted/bracket form; empty string for the document root. */
  path: string;
  message: string;
  /** 1-based line and column, when known (syntax errors, duplicate keys). */
  line?: number;
  column?: number;
}

export type ValidationResult =
  | { ok: true; analysis: Analysis; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };
