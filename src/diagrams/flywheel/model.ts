import type { Analysis } from '../../analysis/types.js';
import type { FieldText } from '../../layout/frame.js';
import { wordsFor, type Words } from '../../i18n/index.js';

export interface FlywheelStep {
  /** `step-1` … in cycle order: steps have no ids of their own, and may repeat a label */
  id: string;
  label: string;
  note?: string;
  field: string;
}

/** The reinforcing loop: steps in cycle order (the last feeds the first), a hub, a title. */
export interface FlywheelModel {
  title?: FieldText;
  /** what the loop compounds, written in the hub; the hub is a plain circle without it */
  hub?: FieldText;
  steps: FlywheelStep[];
  /** built-in words in the analysis's language (alt text); English when unset */
  words?: Words;
}

/**
 * One title per picture: the flywheel's title, else the analysis title. The hub shows `center`;
 * without it the hub is drawn as a plain circle (the wheel keeps its look) and no title moves
 * into the middle to stand in for it.
 */
export function flywheelModel(a: Analysis): FlywheelModel {
  const f = a.flywheel;
  if (!f) throw new Error('the analysis has no flywheel');
  const steps = f.steps.map((s, i): FlywheelStep => ({
    id: `step-${i + 1}`,
    label: s.label,
    field: `flywheel.steps[${i}]`,
    ...(s.note ? { note: s.note } : {}),
  }));
  const model: FlywheelModel = { steps, words: wordsFor(a.lang), title: f.title ? { text: f.title, field: 'flywheel.title' } : { text: a.title, field: 'title' } };
  if (f.center) model.hub = { text: f.center, field: 'flywheel.center' };
  return model;
}
