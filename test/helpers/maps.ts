/** Strategy-map analyses built in code: the densest the input allows, for budget and never-fail tests. */

export const EDGE_LIMIT = 40;

const longLabel = (i: number) => `Satellite number ${i} with a deliberately long label that wraps over several lines of text`;

/** 13 nodes, `edgeCount` labelled edges (spokes first, then satellite → satellite both ways), long labels everywhere. */
export function worstMap(edgeCount = EDGE_LIMIT): unknown {
  const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
  const edges: { from: string; to: string; label: string }[] = [];
  for (const id of ids) edges.push({ from: 'hub', to: id, label: `the hub feeds ${id} through a long edge label` });
  for (let d = 1; d < 12 && edges.length < edgeCount; d++)
    for (let i = 0; i < 12 && edges.length < edgeCount; i++) edges.push({ from: ids[i]!, to: ids[(i + d) % 12]!, label: `link ${i} to ${(i + d) % 12}` });
  return {
    version: 1,
    title: 'The worst valid map',
    strategyMap: {
      title: 'A long title for the densest strategy map the input allows',
      center: { id: 'hub', label: 'The hub, with a fairly long label of its own' },
      nodes: ids.map((id, i) => ({ id, label: longLabel(i) })),
      edges: edges.slice(0, edgeCount),
      thesis: 'A thesis that also takes a line of its own',
      caption: 'A caption under it',
    },
  };
}
