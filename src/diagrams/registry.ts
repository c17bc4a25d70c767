import { heroDiagram } from './hero/index.js';
import { strategyMap } from './strategy-map/index.js';
import { flywheel } from './flywheel/index.js';
import { chain } from './chain/index.js';
import { patterns } from './patterns/index.js';
import { layers } from './layers/index.js';
import { quote } from './quote/index.js';
import { moat } from './moat/index.js';
import { bottlenecks } from './bottlenecks/index.js';
import type { DiagramType } from './types.js';

/** Every diagram, in the order `-d all` renders them. One line per diagram type. */
export const diagrams: readonly DiagramType<any>[] = [strategyMap, flywheel, chain, patterns, layers, quote, moat, bottlenecks, heroDiagram(findDiagram)];

export const diagramNames = (): string[] => diagrams.map((d) => d.name);

export function findDiagram(name: string): DiagramType<any> | undefined {
  return diagrams.find((d) => d.name === name);
}
