import { z } from 'zod';
import { BOUNDS } from './limits.js';
import { label, labelled, list, longText, nodeRef, patternNumber, shortText, slugId } from './schema-primitives.js';

/**
 * Analysis JSON, version 1 — the input format, exactly as the product spec ("Analysis JSON, version 1") describes it.
 * Every object is strict (unknown fields are errors). The normalised result is `Analysis`
 * in ./types.ts; this schema describes what a writer may type.
 */

const note = () => longText().describe('A short explanation shown as secondary text');

const MapNodeSchema = labelled(
  {
    id: slugId().describe('Node id used by edges; default: slug of the label').optional(),
    note: note().optional(),
    emphasis: z.boolean().describe('Draw this satellite highlighted').optional(),
  },
  'A satellite: a string, or { id?, label, note?, emphasis? }',
);

const HubSchema = labelled(
  { id: slugId().describe('Hub id used by edges; default: "center"').optional(), note: note().optional() },
  'The hub in the middle of the map: a string, or { id?, label, note? }',
);

const EdgeSchema = z
  .strictObject({
    from: nodeRef().describe('Id of the node the arrow starts at'),
    to: nodeRef().describe('Id of the node the arrow points to'),
    label: shortText().describe('Text drawn along the arrow').optional(),
  })
  .meta({ title: 'Edge', description: 'An arrow between two node ids' });

export const StrategyMapSchema = z
  .strictObject({
    title: shortText().describe("Heading, e.g. \"Meta's Open Source Strategy Map\"").optional(),
    center: HubSchema,
    nodes: list(MapNodeSchema, BOUNDS.nodes).describe('Satellites in reading order, 1 to 12'),
    edges: list(EdgeSchema, BOUNDS.edges).describe('Arrows; default: hub → every satellite').optional(),
    thesis: shortText().describe('The one-line claim, e.g. "Open Source = Competitive Weapon"').optional(),
    caption: shortText().describe('One supporting sentence').optional(),
  })
  .meta({ title: 'Strategy map', description: 'The hub-and-spoke strategy map' });

const MetaRulesSchema = z
  .strictObject({
    narrative: longText().describe('What the story says').optional(),
    structure: longText().describe('What the structure says').optional(),
    firstPrinciples: longText().describe('The first-principles reading').optional(),
  })
  .meta({ title: 'Meta-rules', description: 'Layer 0: narrative vs structure, first principles' });

const PatternSchema = z
  .strictObject({
    id: patternNumber().describe('Mental-model number, e.g. 45'),
    name: label().describe('Mental-model name, e.g. "Model Commoditization"'),
    note: note().optional(),
  })
  .meta({ title: 'Pattern', description: 'One mental model, e.g. #45 Model Commoditization' });

const StrategySchema = z
  .strictObject({
    name: label().describe('Name of the strategy, e.g. "Commoditize Your Complement"'),
    summary: longText().describe('A paragraph on the strategy').optional(),
    chain: list(label(), BOUNDS.chain).describe('The numbered logic chain, 2 to 12 steps').optional(),
  })
  .meta({ title: 'Strategy', description: 'Layer 2: the strategy and its logic chain' });

const FlywheelSchema = z
  .strictObject({
    title: shortText().describe('Heading, e.g. "The AI Advertising Flywheel"').optional(),
    center: shortText().describe('Short text in the middle of the ring').optional(),
    steps: list(labelled({ note: note().optional() }, 'A step: a string, or { label, note? }'), BOUNDS.flywheelSteps)
      .describe('3 to 10 steps in cycle order; the last step feeds the first'),
  })
  .meta({ title: 'Flywheel', description: 'Layer 3: the reinforcing loop' });

const MoatSchema = z
  .strictObject({
    title: label().describe('Name of the moat'),
    text: longText().describe('Why the moat holds').optional(),
    patterns: list(patternNumber(), BOUNDS.patternRefs).describe('Mental-model numbers the moat rests on').optional(),
  })
  .meta({ title: 'Moat', description: 'Layer 3: the moat' });

const BottleneckSchema = z
  .strictObject({
    kind: z.enum(['active', 'emerging']).describe('"active" now, or "emerging" later'),
    title: label().describe('The bottleneck in a few words'),
    text: longText().describe('Why it constrains the strategy').optional(),
  })
  .meta({ title: 'Bottleneck', description: 'One bottleneck, active now or emerging' });

const SynthesisSchema = z
  .strictObject({
    quote: longText(true).describe('The one-paragraph synthesis'),
    frameworks: list(patternNumber(), BOUNDS.patternRefs).describe('Mental-model numbers applied').optional(),
  })
  .meta({ title: 'Synthesis', description: 'Layer 4: synthesis and compression' });

export const AnalysisSchema = z
  .strictObject({
    $schema: shortText().describe('Path or URL of this JSON Schema, for editor autocompletion').optional(),
    version: z.literal(1).describe('Format version; always 1'),
    id: slugId().describe('Names the output folder; default: slug of the title').optional(),
    title: label().describe('Headline of the analysis'),
    subtitle: shortText().describe('Secondary headline').optional(),
    subject: shortText().describe('The company analysed, e.g. "Meta"').optional(),
    author: shortText().describe('Who wrote the analysis').optional(),
    date: shortText().describe('Publication date, e.g. "2025-01-31"').optional(),
    source: shortText().describe('Where the analysis was published').optional(),
    theme: shortText().describe('Default theme name for this analysis').optional(),
    metaRules: MetaRulesSchema.optional(),
    patterns: list(PatternSchema, BOUNDS.patterns).describe('Layer 1: mental models, 1 to 12').optional(),
    strategy: StrategySchema.optional(),
    strategyMap: StrategyMapSchema.optional(),
    flywheel: FlywheelSchema.optional(),
    moat: MoatSchema.optional(),
    bottlenecks: list(BottleneckSchema, BOUNDS.bottlenecks).describe('Layer 3: bottlenecks, 1 to 6').optional(),
    synthesis: SynthesisSchema.optional(),
  })
  .meta({ title: 'Analysis JSON v1', description: 'A five-layer business analysis, rendered into diagrams by visint' });

/** What a writer may type, as validated by `AnalysisSchema` (before normalisation). */
export type AnalysisInput = z.infer<typeof AnalysisSchema>;

/** The optional sections that each normalise on their own. */
export const SECTION_KEYS = [
  'metaRules', 'patterns', 'strategy', 'strategyMap', 'flywheel', 'moat', 'bottlenecks', 'synthesis',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
