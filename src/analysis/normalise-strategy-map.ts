import type { MapEdge, MapNode, StrategyMap } from './types.js';
import type { AnalysisInput } from './schema.js';
import type { IssueSink } from './issue-sink.js';
import { closestMatch } from './edit-distance.js';
import { slugify } from './slug.js';
import { MAX_ID_LENGTH } from './limits.js';

type MapInput = NonNullable<AnalysisInput['strategyMap']>;
type NodeInput = MapInput['center'] | MapInput['nodes'][number];
type EdgeInput = NonNullable<MapInput['edges']>[number];

/** A node read from the input, before its id is settled. */
interface DraftNode {
  path: string;
  label: string | undefined;
  givenId?: string;
  note?: string;
  emphasis?: boolean;
}

function readNode(raw: NodeInput, path: string, sink: IssueSink): DraftNode {
  if (typeof raw === 'string') return { path, label: sink.label(path, raw) };
  const draft: DraftNode = { path, label: sink.label(`${path}.label`, raw.label), givenId: raw.id };
  const note = sink.optional(`${path}.note`, raw.note, 'long');
  if (note !== undefined) draft.note = note;
  if ('emphasis' in raw && raw.emphasis !== undefined) draft.emphasis = raw.emphasis;
  return draft;
}

/** Given ids must be unique; default ids (slug of the label, `center` for the hub) get `-2`, `-3`… */
function assignIds(drafts: DraftNode[], sink: IssueSink): string[] {
  const owner = new Map<string, string>();
  drafts.forEach((draft) => {
    if (draft.givenId === undefined) return;
    const first = owner.get(draft.givenId);
    if (first !== undefined) sink.error(`${draft.path}.id`, `duplicate id ${JSON.stringify(draft.givenId)} (already used by ${first})`);
    else owner.set(draft.givenId, draft.path);
  });
  return drafts.map((draft, index) => {
    if (draft.givenId !== undefined) return draft.givenId;
    const base = index === 0 ? 'center' : slugify(draft.label ?? '') || `node-${index}`;
    let id = base;
    for (let n = 2; owner.has(id); n++) id = `${base.slice(0, MAX_ID_LENGTH - String(n).length - 1)}-${n}`;
    owner.set(id, draft.path);
    return id;
  });
}

function checkEdges(edges: readonly EdgeInput[], ids: readonly string[], base: string, sink: IssueSink): MapEdge[] {
  const known = new Set(ids);
  const seen = new Map<string, string>();
  const result: MapEdge[] = [];
  edges.forEach((edge, index) => {
    const path = `${base}.edges[${index}]`;
    const from = edge.from.trim();
    const to = edge.to.trim();
    let ok = true;
    for (const [end, id] of [['from', from], ['to', to]] as const) {
      if (known.has(id)) continue;
      const hint = closestMatch(id, ids);
      const guess = hint ? ` (did you mean ${JSON.stringify(hint)}?)` : '';
      sink.error(`${path}.${end}`, `unknown node id ${JSON.stringify(id)}${guess}; known ids: ${ids.join(', ')}`);
      ok = false;
    }
    if (!ok) return;
    if (from === to) return sink.error(path, `edge from ${JSON.stringify(from)} to itself`);
    const key = `${from}\u0000${to}`;
    const first = seen.get(key);
    if (first !== undefined) return sink.error(path, `duplicate edge ${JSON.stringify(from)} → ${JSON.stringify(to)} (same as ${first})`);
    seen.set(key, path);
    const label = sink.optional(`${path}.label`, edge.label);
    result.push(label === undefined ? { from, to } : { from, to, label });
  });
  return result;
}

/** Settles ids and edges of a strategy map; `undefined` when it has errors (recorded in `sink`). */
export function normaliseStrategyMap(input: MapInput, sink: IssueSink, base = 'strategyMap'): StrategyMap | undefined {
  const errorsBefore = sink.errors.length;
  const drafts = [readNode(input.center, `${base}.center`, sink)];
  input.nodes.forEach((node, index) => drafts.push(readNode(node, `${base}.nodes[${index}]`, sink)));
  const ids = assignIds(drafts, sink);
  const edges = input.edges
    ? checkEdges(input.edges, ids, base, sink)
    : ids.slice(1).map((to) => ({ from: ids[0] ?? 'center', to }));
  const title = sink.optional(`${base}.title`, input.title);
  const thesis = sink.optional(`${base}.thesis`, input.thesis);
  const caption = sink.optional(`${base}.caption`, input.caption);
  if (sink.errors.length > errorsBefore) return undefined;
  const [center, ...nodes] = drafts.map((draft, index): MapNode => {
    const node: MapNode = { id: ids[index] ?? '', label: draft.label ?? '' };
    if (draft.note !== undefined) node.note = draft.note;
    if (draft.emphasis !== undefined) node.emphasis = draft.emphasis;
    return node;
  });
  if (center === undefined) return undefined;
  return {
    ...(title !== undefined && { title }),
    center,
    nodes,
    edges,
    ...(thesis !== undefined && { thesis }),
    ...(caption !== undefined && { caption }),
  };
}
