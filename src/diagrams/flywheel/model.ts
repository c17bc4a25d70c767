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
  /** what the loop compounds, drawn in the middle */
  hub?: FieldText;
  steps: FlywheelStep[];
  /** built-in words in the analysis's language (alt text); English when unset */
  words?: Words;
}

/**
 * Hub text is `center`, else the flywheel's title; the title above is the flywheel's title
 * unless that became the hub, then the analysis title (never the same words twice).
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
  const model: FlywheelModel = { steps, words: wordsFor(a.lang) };
  if (f.center) {
    model.hub = { text: f.center, field: 'flywheel.center' };
    model.title = f.title ? { text: f.title, field: 'flywheel.title' } : { text: a.title, field: 'title' };
  } else if (f.title) {
    model.hub = { text: f.title, field: 'flywheel.title' };
    model.title = { text: a.title, field: 'title' };
  } else {
    model.title = { text: a.title, field: 'title' };
  }
  return model;
}
