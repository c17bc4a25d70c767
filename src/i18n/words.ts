/**
 * The words a diagram draws or says that are not in the analysis: kickers, band names, tabs,
 * connectors, and the phrases of the alt text. One data file per language (./en.ts, ./fr.ts, …).
 */
export interface Words {
  /** "Layer" in "Layer 3 · Moat" */
  layer: string;
  fiveLayerAnalysis: string;
  patternRecognition: string;
  bottlenecks: string;
  moat: string;
  synthesis: string;
  /** band names of the five-layer overview, levels 0–4 */
  bands: [string, string, string, string, string];
  /** item kickers of the five-layer overview */
  narrative: string;
  structure: string;
  firstPrinciples: string;
  strategy: string;
  strategyMap: string;
  thesis: string;
  logicChain: string;
  flywheel: string;
  bottleneck: string;
  bottomLine: string;
  /** "12 steps, from “First step”" */
  chainSummary: (n: number, first: string) => string;
  /** "Data flywheel" from the hub text */
  namedFlywheel: (center: string) => string;
  /** "6-step flywheel" */
  stepFlywheel: (n: number) => string;
  active: string;
  emerging: string;
  activeVsEmerging: string;
  /** "Active bottleneck(s)" / "Emerging bottleneck(s)" */
  bottlenecksOfKind: (kind: 'active' | 'emerging', n: number) => string;
  /** "Five mental models" */
  mentalModels: (n: number) => string;
  /** the patterns diagram's heading: "Five mental models behind Meta", "… at work" */
  patternsTitle: (count: string, subject?: string) => string;
  /** a pattern referenced but not listed: "Mental model 45" */
  mentalModel: (n: number) => string;
  /** the last chip when chips are left out: "+3 more" */
  more: (k: number) => string;
  restsOn: string;
  frameworksApplied: string;
  alt: AltWords;
}

/** Phrases of the alt texts (screen readers, e-mail clients without images). */
export interface AltWords {
  flywheelHead: (n: number) => string;
  backTo: (label: string) => string;
  atTheCentre: (hub: string) => string;
  stepsClockwise: (steps: string) => string;
  eachDrivesNext: (links: string) => string;
  chainHead: (n: number, title: string) => string;
  chainFromTo: (first: string, last: string) => string;
  chainLong: (title: string, n: number) => string;
  layersShort: (title: string, layers: string) => string;
  layerLong: (level: number, name: string) => string;
  moat: (title: string) => string;
  restingOn: (list: string) => string;
  itRestsOn: (list: string) => string;
  quoteShort: (quote: string) => string;
  quoteLong: (quote: string) => string;
  bottleneckLong: (kind: 'active' | 'emerging', title: string) => string;
}
