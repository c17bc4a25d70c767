import type { Analysis, MapEdge } from '../../analysis/types.js';
import type { FieldText } from '../../layout/frame.js';

export interface MapItem {
  id: string;
  label: string;
  field: string;
  emphasis: boolean;
}

/** The strategy map as a graph: one hub, satellites in reading order, directed edges. */
export interface StrategyMapModel {
  title?: FieldText;
  hub: MapItem;
  satellites: MapItem[];
  edges: (MapEdge & { field: string })[];
  thesis?: FieldText;
  caption?: FieldText;
}

export function strategyMapModel(a: Analysis): StrategyMapModel {
  const map = a.strategyMap;
  if (!map) throw new Error('the analysis has no strategyMap');
  const model: StrategyMapModel = {
    hub: { id: map.center.id, label: map.center.label, field: 'strategyMap.center', emphasis: false },
    satellites: map.nodes.map((n, i) => ({ id: n.id, label: n.label, field: `strategyMap.nodes[${i}]`, emphasis: n.emphasis === true })),
    edges: map.edges.map((e, i) => ({ ...e, field: `strategyMap.edges[${i}]` })),
  };
  model.title = map.title ? { text: map.title, field: 'strategyMap.title' } : { text: a.title, field: 'title' };
  if (map.thesis) model.thesis = { text: map.thesis, field: 'strategyMap.thesis' };
  if (map.caption) model.caption = { text: map.caption, field: 'strategyMap.caption' };
  return model;
}
