import type { StrategyMapModel } from './model.js';

/**
 * The satellites reordered so that cards joined by an edge sit side by side on the ring: reading
 * order, except that each card is followed by the cards its edges lead to (depth first, in the
 * edges' order), so a chain "A → B → C" stays together and an edge between opposite cards no
 * longer has to cross the hub. Null unless it brings the ends of one of the `lost` edges (indexes
 * into model.edges: edges the reading order could not draw cleanly) closer on the ring. Satellites
 * keep their ids and fields; only their places on the ring change.
 */
export function neighbourOrder(model: StrategyMapModel, lost: Set<number>): StrategyMapModel | null {
  const hub = model.hub.id;
  const between = model.edges.filter((e) => e.from !== hub && e.to !== hub && e.from !== e.to);
  if (!between.length || model.satellites.length < 3) return null;
  const next = new Map<string, string[]>();
  for (const e of between) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // edges into a card count too (an edge "B → A" also wants B beside A), after the outgoing ones
  for (const e of between) next.set(e.to, [...(next.get(e.to) ?? []), e.from]);
  const byId = new Map(model.satellites.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (id: string) => {
    if (seen.has(id) || !byId.has(id)) return;
    seen.add(id);
    order.push(id);
    for (const to of next.get(id) ?? []) visit(to);
  };
  for (const s of model.satellites) visit(s.id);
  const before = model.satellites.map((s) => s.id);
  const closer = [...lost].some((i) => {
    const e = model.edges[i];
    return e !== undefined && e.from !== hub && e.to !== hub && ringDistance(order, e.from, e.to) < ringDistance(before, e.from, e.to);
  });
  return closer ? { ...model, satellites: order.map((id) => byId.get(id)!) } : null;
}

/** Steps between two cards round a ring in this order, the shorter way. */
function ringDistance(order: string[], a: string, b: string): number {
  const d = Math.abs(order.indexOf(a) - order.indexOf(b));
  return Math.min(d, order.length - d);
}
