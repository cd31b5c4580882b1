import type { CliFinding } from './cli-findings';

/**
 * The Caveat view's summary of some findings, from the CLI's: "5 · 2 red · 2 orange · 1 green", plus
 * "· 3 accepted" when some are (accepted findings are listed but not counted as risks).
 */
export function riskSummary(findings: CliFinding[]): string {
  const open = findings.filter((f) => !f.accepted);
  const accepted = findings.length - open.length;
  const risks = ['red', 'orange', 'green'].map((risk) => `${open.filter((f) => f.risk === risk).length} ${risk}`);
  return [String(open.length), ...risks, ...(accepted ? [`${accepted} accepted`] : [])].join(' · ');
}

/** The findings grouped by category, in the view's order (categories sorted by name). */
export function byCategory(findings: CliFinding[]): Map<string, CliFinding[]> {
  const groups = new Map<string, CliFinding[]>();
  for (const f of [...findings].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))) {
    groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  }
  return groups;
}
