import { describe, expect, it } from 'vitest';
import { findDiagram } from '../../../src/diagrams/registry.js';
import { strategyMapModel } from '../../../src/diagrams/strategy-map/model.js';
import { neighbourOrder } from '../../../src/diagrams/strategy-map/order.js';
import { mustValidate, renderer, theme } from '../../helpers/render-kit.js';
import { COSTCO_MAP } from '../../helpers/unseen-maps.js';

/** Costco's map: "Low-cost warehouse operations → Supplier bargaining power" joins cards opposite each other in reading order. */
const analysis = mustValidate({ version: 1, title: 'Costco', strategyMap: COSTCO_MAP });
const model = strategyMapModel(analysis);
const map = findDiagram('strategy-map')!;

describe('cards joined by an edge, side by side on the ring', () => {
  it('follows reading order, each card followed by the cards its edges join', () => {
    expect(neighbourOrder(model, new Set([1]))!.satellites.map((s) => s.id)).toEqual(['n1', 'n2', 'n3', 'n6', 'n4', 'n5']);
  });

  it('is not tried when it brings no lost edge closer', () => {
    // edge 0 joins neighbours already; nothing lost, or only edge 0 lost: no second layout
    expect(neighbourOrder(model, new Set())).toBeNull();
    expect(neighbourOrder(model, new Set([0]))).toBeNull();
  });

  it('puts on the map an edge that reading order sent to the legend (1080×1080)', () => {
    const { layout } = renderer.layout(analysis, map, theme, { width: 1080, height: 1080 });
    expect(layout.warnings.filter((w) => w.field.startsWith('strategyMap.edges'))).toEqual([]);
    expect(layout.edges.filter((e) => e.label).map((e) => e.label!.lines.join(' '))).toEqual(['funds', 'lowers prices']);
    expect(layout.texts.some((t) => t.role.startsWith('legend-'))).toBe(false);
  });
});
