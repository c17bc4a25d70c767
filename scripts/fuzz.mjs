#!/usr/bin/env node
// `npm run fuzz [-- --runs N --seed S --bound MS --case N [--dump FILE]]` (--case replays one case of the seed; --dump writes its mutated input to FILE): the seeded mutation fuzzer (scripts/fuzz-core.mjs).
// Exit 0 when it ran clean, 1 with findings (each printed with its case, fixture and mutations).
import { writeFileSync } from 'node:fs';
import { fuzz } from './fuzz-core.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const runs = arg('runs', 300);
const seed = arg('seed', 11);
const bound = arg('bound', 20_000);
const only = arg('case', undefined);
const dumpAt = process.argv.indexOf('--dump');
const dump = dumpAt === -1 ? undefined : process.argv[dumpAt + 1];
const started = performance.now();
const { counts, findings } = await fuzz({
  runs,
  seed,
  timeBoundMs: bound,
  only,
  onInput: dump ? (text) => writeFileSync(dump, text) : undefined,
  onFinding: (f) => process.stderr.write(`finding: ${JSON.stringify(f)}\n`),
  onProgress: (n, c) => {
    if (n % 500 === 0) process.stderr.write(`fuzz: ${n}/${runs} cases, ${c.findings} findings, ${Math.round((performance.now() - started) / 1000)} s\n`);
  },
});
process.stdout.write(JSON.stringify({ seed, runs, seconds: Math.round((performance.now() - started) / 1000), ...counts }, null, 2) + '\n');
process.exitCode = counts.findings === 0 ? 0 : 1;
