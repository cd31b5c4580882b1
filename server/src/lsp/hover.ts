// Hovers: a card for the finding under the cursor (why, risk, source, what to do) and, anywhere in
// the draft, the card of a law or regulation named there (with the cited article first).
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { articleOf, type Finding, type LawCard, type LawIndex, orderLaws, type Rule, type RuleLookup } from '../engine';
import { guidanceUri } from './diagnostics';

const RISK_LABEL = { red: '🔴 red', orange: '🟠 orange', green: '🟢 green' } as const;

export function hoverAt(
  doc: TextDocument,
  offset: number,
  findings: Finding[],
  rules: RuleLookup,
  laws: LawIndex,
  jurisdiction = 'EU',
): Hover | undefined {
  const sections: string[] = [];
  let start = offset;
  let end = offset;
  const here = findings.filter((f) => f.start <= offset && offset <= f.end);
  for (const f of here) {
    sections.push(findingCard(f, rules.get(f.ruleId), laws, jurisdiction));
    start = Math.min(start, f.start);
    end = Math.max(end, f.end);
  }
  const law = laws.at(doc.getText(), offset);
  if (law && !here.length) {
    sections.push(lawCard(law.card, law.article));
    start = law.citationStart;
    end = law.citationEnd;
  }
  if (!sections.length) return undefined;
  const contents: MarkupContent = { kind: 'markdown', value: sections.join('\n\n---\n\n') };
  return { contents, range: { start: doc.positionAt(start), end: doc.positionAt(end) } };
}

export function findingCard(f: Finding, rule: Rule | undefined, laws: LawIndex, jurisdiction = 'EU'): string {
  const lines = [
    `### Caveat: ${f.title ?? f.ruleId}`,
    `**Risk:** ${RISK_LABEL[f.risk]} · **Category:** ${f.category} · \`${f.ruleId}\``,
    '',
    f.message,
  ];
  if (f.mitigation) lines.push('', `**Mitigation seen in the draft:** “${f.mitigation.text}” (was ${f.mitigation.originalRisk}).`);
  if (f.accepted) lines.push('', `**Accepted:** ${f.accepted.reason}`);
  if (rule) {
    const s = rule.source;
    const where = [s.document, s.section, s.date && `data of ${s.date}`].filter(Boolean).join(', ');
    lines.push('', `**Source:** ${where}`);
    for (const l of s.lists ?? [])
      lines.push(`- ${l.list}${l.entry ? `: ${l.entry}` : ''}${l.citation ? ` (${l.citation})` : ''}${l.date ? `, ${l.date}` : ''}`);
  }
  // Laws of the reader's jurisdiction first (EU law too for a member state's profile).
  const lawNames = orderLaws(f.laws, jurisdiction, laws.byId).map((id) => laws.byId.get(id)?.name ?? id);
  if (lawNames.length) lines.push('', `**Laws concerned:** ${lawNames.join('; ')}`);
  lines.push(
    '',
    `**What to do:** read the [guidance on ${f.guidance.replace(/-/g, ' ')}](${guidanceUri(f.guidance)}), or use the quick fixes (Ctrl+.) to add a mitigation clause or accept the finding with a reason.`,
  );
  return lines.join('\n');
}

export function lawCard(card: LawCard, article?: string): string {
  const names = [card.name, card.name_zh].filter(Boolean).join(' · ');
  const abbr = card.abbreviations?.length ? ` (${card.abbreviations.join(', ')})` : '';
  const dates = [card.adopted && `adopted ${card.adopted}`, card.in_force && `in force ${card.in_force}`].filter(Boolean).join(', ');
  const lines = [`### ${names}${abbr}`, `**${card.jurisdiction}** ${card.kind}${dates ? ` · ${dates}` : ''}`, '', card.summary.trim()];
  const cited = article ? articleOf(card, article) : undefined;
  if (article)
    lines.push(
      '',
      cited ? `**Cited: ${cited.ref}.** ${cited.text}` : `**Cited: Article ${article}.** Not summarised on this card; check the text.`,
    );
  const rest = card.articles.filter((a) => a !== cited).slice(0, 8);
  if (rest.length) {
    lines.push('', '**Articles that matter for a collaboration:**');
    for (const a of rest) lines.push(`- **${a.ref}**: ${a.text}`);
  }
  lines.push('', '**What to do:**');
  for (const w of card.what_to_do) lines.push(`- ${w}`);
  if (card.links.length) lines.push('', card.links.map((l) => `[${l.title}](${l.url})`).join(' · '));
  if (!card.verified) lines.push('', `_Not fully verified: ${(card.unverified ?? []).join('; ') || 'see the card'}._`);
  return lines.join('\n');
}
