/** Shared render-quality checks for every diagram's tests (the logic lives in src so users can run it too). */
export { layoutProblems } from '../../src/layout/invariants.js';
export { sceneContrastProblems } from '../../src/scene/contrast-check.js';
