import * as z from 'zod/mini';
import { BOUNDS } from './limits.js';
import { label, labelled, list, longText, nodeRef, patternNumber, shortText, slugId } from './schema-primitives.js';

/**
 * Analysis JSON, version 1 — the input format, exactly as the product spec ("Analysis JSON, version 1") describes it.
 * Every object is strict (unknown fields are errors). The normalised result is `Analysis`
 * in ./types.ts; this schema describes what a writer may type.
 */

/** A BCP 47 language tag ("en", "fr", "de-CH", "pt-BR"): well-formed, not checked against the registry. */
const languageTag = () =>
  z.string().check(
    z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u, { error: (issue) => `must be a BCP 47 language tag such as "en", "fr" or "de-CH", got ${JSON.stringify(issue.input)}` }),
    z.describe('Language of the texts (BCP 47, default "en"): hyphenation and the built-in words (en, fr, de, es, it, pt, nl; others fall back to English words)'),
  );

const note = () => longText().check(z.describe('A short explanation shown as secondary text'));

const MapNodeSchema = labelled(
  {
    id: z.optional(slugId().check(z.describe('Node id used by edges; default: slug of the label'))),
    note: z.optional(note()),
    emphasis: z.optional(z.boolean().check(z.describe('Draw this satellite highlighted'))),
  },
  'A satellite: a string, or { id?, label, note?, emphasis? }',
);

const HubSchema = labelled(
  { id: z.optional(slugId().check(z.describe('Hub id used by edges; default: "center"'))), note: z.optional(note()) },
  'The hub in the middle of the map: a string, or { id?, label, note? }',
);

const EdgeSchema = z
  .strictObject({
    from: nodeRef().check(z.describe('Id of the node the arrow starts at')),
    to: nodeRef().check(z.describe('Id of the node the arrow points to')),
    label: z.optional(shortText().check(z.describe('Text drawn along the arrow'))),
  })
  .check(z.meta({ title: 'Edge', description: 'An arrow between two node ids' }));

export const StrategyMapSchema = z
  .strictObject({
    title: z.optional(shortText().check(z.describe("Heading, e.g. \"Meta's Open Source Strategy Map\""))),
    center: HubSchema,
    nodes: list(MapNodeSchema, BOUNDS.nodes).check(z.describe('Satellites in reading order, 1 to 12')),
    edges: z.optional(list(EdgeSchema, BOUNDS.edges).check(z.describe('Arrows; default: hub → every satellite'))),
    thesis: z.optional(shortText().check(z.describe('The one-line claim, e.g. "Open Source = Competitive Weapon"'))),
    caption: z.optional(shortText().check(z.describe('One supporting sentence'))),
  })
  .check(z.meta({ title: 'Strategy map', description: 'The hub-and-spoke strategy map' }));

const MetaRulesSchema = z
  .strictObject({
    narrative: z.optional(longText().check(z.describe('What the story says'))),
    structure: z.optional(longText().check(z.describe('What the structure says'))),
    firstPrinciples: z.optional(longText().check(z.describe('The first-principles reading'))),
  })
  .check(z.meta({ title: 'Meta-rules', description: 'Layer 0: narrative vs structure, first principles' }));

const PatternSchema = z
  .strictObject({
    id: patternNumber().check(z.describe('Mental-model number, e.g. 45')),
    name: label().check(z.describe('Mental-model name, e.g. "Model Commoditization"')),
    note: z.optional(note()),
  })
  .check(z.meta({ title: 'Pattern', description: 'One mental model, e.g. #45 Model Commoditization' }));

const StrategySchema = z
  .strictObject({
    name: label().check(z.describe('Name of the strategy, e.g. "Commoditize Your Complement"')),
    summary: z.optional(longText().check(z.describe('A paragraph on the strategy'))),
    chain: z.optional(list(label(), BOUNDS.chain).check(z.describe('The numbered logic chain, 2 to 12 steps'))),
  })
  .check(z.meta({ title: 'Strategy', description: 'Layer 2: the strategy and its logic chain' }));

const FlywheelSchema = z
  .strictObject({
    title: z.optional(shortText().check(z.describe('Heading, e.g. "The AI Advertising Flywheel"'))),
    center: z.optional(shortText().check(z.describe('Short text in the middle of the ring'))),
    steps: list(labelled({ note: z.optional(note()) }, 'A step: a string, or { label, note? }'), BOUNDS.flywheelSteps)
      .check(z.describe('3 to 10 steps in cycle order; the last step feeds the first')),
  })
  .check(z.meta({ title: 'Flywheel', description: 'Layer 3: the reinforcing loop' }));

const MoatSchema = z
  .strictObject({
    title: label().check(z.describe('Name of the moat')),
    text: z.optional(longText().check(z.describe('Why the moat holds'))),
    patterns: z.optional(list(patternNumber(), BOUNDS.patternRefs).check(z.describe('Mental-model numbers the moat rests on'))),
  })
  .check(z.meta({ title: 'Moat', description: 'Layer 3: the moat' }));

const BottleneckSchema = z
  .strictObject({
    kind: z.enum(['active', 'emerging']).check(z.describe('"active" now, or "emerging" later')),
    title: label().check(z.describe('The bottleneck in a few words')),
    text: z.optional(longText().check(z.describe('Why it constrains the strategy'))),
  })
  .check(z.meta({ title: 'Bottleneck', description: 'One bottleneck, active now or emerging' }));

const SynthesisSchema = z
  .strictObject({
    quote: longText(true).check(z.describe('The one-paragraph synthesis')),
    frameworks: z.optional(list(patternNumber(), BOUNDS.patternRefs).check(z.describe('Mental-model numbers applied'))),
  })
  .check(z.meta({ title: 'Synthesis', description: 'Layer 4: synthesis and compression' }));

export const AnalysisSchema = z
  .strictObject({
    $schema: z.optional(shortText().check(z.describe('Path or URL of this JSON Schema, for editor autocompletion'))),
    version: z.literal(1).check(z.describe('Format version; always 1')),
    id: z.optional(slugId().check(z.describe('Names the output folder; default: slug of the title'))),
    title: label().check(z.describe('Headline of the analysis')),
    subtitle: z.optional(shortText().check(z.describe('Secondary headline'))),
    subject: z.optional(shortText().check(z.describe('The company analysed, e.g. "Meta"'))),
    lang: z.optional(languageTag()),
    author: z.optional(shortText().check(z.describe('Who wrote the analysis'))),
    date: z.optional(shortText().check(z.describe('Publication date, e.g. "2025-01-31"'))),
    source: z.optional(shortText().check(z.describe('Where the analysis was published'))),
    theme: z.optional(shortText().check(z.describe('Default theme name for this analysis'))),
    metaRules: z.optional(MetaRulesSchema),
    patterns: z.optional(list(PatternSchema, BOUNDS.patterns).check(z.describe('Layer 1: mental models, 1 to 12'))),
    strategy: z.optional(StrategySchema),
    strategyMap: z.optional(StrategyMapSchema),
    flywheel: z.optional(FlywheelSchema),
    moat: z.optional(MoatSchema),
    bottlenecks: z.optional(list(BottleneckSchema, BOUNDS.bottlenecks).check(z.describe('Layer 3: bottlenecks, 1 to 6'))),
    synthesis: z.optional(SynthesisSchema),
  })
  .check(z.meta({ title: 'Analysis JSON v1', description: 'A five-layer business analysis, rendered into diagrams by visint' }));

/** What a writer may type, as validated by `AnalysisSchema` (before normalisation). */
export type AnalysisInput = z.infer<typeof AnalysisSchema>;

/** The optional sections that each normalise on their own. */
export const SECTION_KEYS = [
  'metaRules', 'patterns', 'strategy', 'strategyMap', 'flywheel', 'moat', 'bottlenecks', 'synthesis',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
