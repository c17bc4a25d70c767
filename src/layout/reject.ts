/**
 * A layout setting that did not work out. Layouts try settings best-first and discard most of
 * them; with VISINT_DEBUG_LAYOUT set, each discard says why on standard error (the one place
 * layout code looks at the environment, for diagnosing a picture that fell back).
 */
export function rejected(diagram: string, why: string): null {
  if (process.env.VISINT_DEBUG_LAYOUT) process.stderr.write(`${diagram}: ${why}\n`);
  return null;
}
