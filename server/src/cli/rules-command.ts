// `caveat rules list`: every loaded rule with its category, risk and source.
import { RuleSets } from './rule-sets';

export function runRulesList(
  format: 'text' | 'json',
  extra: string[],
  stdout: NodeJS.WritableStream,
  stderr?: NodeJS.WritableStream,
): number {
  const ruleSets = new RuleSets(extra);
  const { loaded } = ruleSets.forPacks([]);
  for (const p of ruleSets.problems) stderr?.write(`caveat: ${p}\n`);
  const rows = loaded.rules.map((r) => ({
    id: r.id,
    category: r.category,
    risk: r.risk,
    title: r.title,
    pack: r.pack,
    source: r.source,
    guidance: r.guidance,
    laws: r.laws ?? [],
  }));
  if (format === 'json') {
    stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    for (const r of rows)
      stdout.write(
        `${r.id.padEnd(60)} ${r.category.padEnd(24)} ${r.risk.padEnd(7)} ${r.source.document}${r.source.section ? ` (${r.source.section})` : ''}\n`,
      );
    stdout.write(`${rows.length} rules in ${loaded.packs.length} packs\n`);
  }
  return ruleSets.problems.length ? 2 : 0;
}
