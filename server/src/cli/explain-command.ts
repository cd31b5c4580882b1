// `caveat explain RULE|LAW`: the card behind a finding, on the terminal: for a rule its title, category,
// risk, message, source, guidance, laws and examples; for a law its names, dates, articles, what to do,
// links and whether it was verified.
import type { Rule } from '../engine';
import { type LawCard, lawCards, lawLabel, ruleLookup } from '../engine';
import { guidancePage } from './guidance-pages';
import { RuleSets } from './rule-sets';

export function runExplain(id: string, extraPacks: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): number {
  // Law ids never contain a dot and rule ids do, so an exact law id needs no rule loading.
  const cards = lawCards();
  const exactLaw = cards.get(id);
  if (exactLaw) {
    stdout.write(lawCard(exactLaw));
    return 0;
  }
  const rule = ruleLookup(new RuleSets(extraPacks).forPacks([]).loaded.rules).get(id);
  if (rule) {
    stdout.write(ruleCard(rule));
    return 0;
  }
  const wanted = id.toLowerCase();
  const law = [...cards.values()].find(
    (c) => c.abbreviations?.includes(id) || c.aliases?.some((a) => a.toLowerCase() === wanted) || c.name.toLowerCase() === wanted,
  );
  if (law) {
    stdout.write(lawCard(law));
    return 0;
  }
  stderr.write(`caveat: no rule or law card '${id}' (see: caveat rules list; law ids are the file names in rules/laws/)\n`);
  return 2;
}

const wrap = (label: string, value: string) => `${`${label}:`.padEnd(12)} ${value}\n`;

function ruleCard(rule: Rule): string {
  const guidance = guidancePage(rule.guidance);
  const source = [rule.source.document, rule.source.section, rule.source.record, rule.source.citation, rule.source.date]
    .filter(Boolean)
    .join(', ');
  const out = [
    `${rule.title}\n${'='.repeat(Math.min(rule.title.length, 80))}\n`,
    wrap('Rule', rule.id),
    wrap('Category', rule.category),
    wrap('Risk', rule.risk),
    wrap('Pack', rule.pack ?? ''),
    wrap('Message', rule.message),
    wrap('Source', source),
  ];
  for (const l of rule.source.lists ?? [])
    out.push(wrap('  listed', [l.list, l.entry, l.citation, l.date, l.rating].filter(Boolean).join(', ')));
  out.push(wrap('Guidance', `${guidance.path}${guidance.title ? ` (${guidance.title})` : ''}`));
  if (rule.laws?.length) out.push(wrap('Laws', rule.laws.map((l) => `${l}: ${lawLabel(l)}`).join('\n             ')));
  if (rule.examples.length) out.push('\nExamples (must match):\n', ...rule.examples.map((e) => `  - ${e}\n`));
  if (rule.near_misses.length) out.push('\nNear-misses (must not match):\n', ...rule.near_misses.map((e) => `  - ${e}\n`));
  return out.join('');
}

function lawCard(card: LawCard): string {
  const out = [`${card.name}\n${'='.repeat(Math.min(card.name.length, 80))}\n`, wrap('Law card', card.id)];
  if (card.name_zh) out.push(wrap('Chinese', card.name_zh));
  if (card.abbreviations?.length) out.push(wrap('Short', card.abbreviations.join(', ')));
  if (card.aliases?.length) out.push(wrap('Also', card.aliases.join('; ')));
  out.push(wrap('Where', card.jurisdiction), wrap('Kind', card.kind));
  if (card.adopted) out.push(wrap('Adopted', card.adopted));
  if (card.in_force) out.push(wrap('In force', card.in_force));
  out.push(wrap('Verified', card.verified ? 'yes: dates and articles were checked against a source' : 'no: see below'));
  out.push(`\n${card.summary.trim()}\n`);
  if (card.articles.length) out.push('\nArticles:\n', ...card.articles.map((a) => `  ${a.ref}: ${a.text}\n`));
  out.push('\nWhat to do:\n', ...card.what_to_do.map((w) => `  - ${w}\n`));
  out.push('\nLinks:\n', ...card.links.map((l) => `  - ${l.title}: ${l.url}\n`));
  if (card.unverified?.length) out.push('\nNot verified:\n', ...card.unverified.map((u) => `  - ${u}\n`));
  return out.join('');
}
