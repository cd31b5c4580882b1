// What a project's `.caveat.yaml` changes about the engine's findings: its own grading per category,
// partners it has already reviewed (accepted, with the date), and the lowest risk it wants to see.

import { type Category, type Finding, RISK_RANK, type Risk } from '../engine';
import type { CaveatConfig } from './config-types';
import { normalizePartnerName, type ReviewedPartner } from './reviewed-partners';

/** Categories whose findings name an organisation, so a reviewed-partner list can apply to them. */
const PARTNER_CATEGORIES = new Set<string>(['military-linked-partner', 'sanctions-law']);

export interface Adjustments {
  severity: CaveatConfig['severity'];
  minRisk?: Risk;
  categories?: Category[];
  reviewed?: { list: string; partners: Map<string, ReviewedPartner> };
}

export function reviewedIndex(partners: ReviewedPartner[]): Map<string, ReviewedPartner> {
  return new Map(partners.map((p) => [normalizePartnerName(p.name), p]));
}

export function adjustFindings(findings: Finding[], adjust: Adjustments): Finding[] {
  const out: Finding[] = [];
  const min = adjust.minRisk ? RISK_RANK[adjust.minRisk] : 0;
  const categories = adjust.categories ? new Set<string>(adjust.categories) : undefined;
  for (const original of findings) {
    const f: Finding = { ...original, ...(original.mitigation ? { mitigation: { ...original.mitigation } } : {}) };
    if (f.category !== 'directive') {
      if (categories && !categories.has(f.category)) continue;
      const override = adjust.severity[f.category];
      if (override) {
        // A stated mitigation still lowers the finding; the institution's grading replaces the rule's.
        if (!f.mitigation || f.risk === f.mitigation.originalRisk) f.risk = override;
        if (f.mitigation) f.mitigation.originalRisk = override;
      }
      if (!f.accepted && adjust.reviewed && PARTNER_CATEGORIES.has(f.category)) {
        const partner =
          adjust.reviewed.partners.get(normalizePartnerName(f.text)) ??
          (f.title ? adjust.reviewed.partners.get(normalizePartnerName(f.title)) : undefined);
        if (partner)
          f.accepted = {
            reason: `reviewed partner${partner.date ? ` (reviewed ${partner.date})` : ''}${partner.note ? `: ${partner.note}` : ''}; list ${adjust.reviewed.list}`,
          };
      }
      if (RISK_RANK[f.risk] < min) continue;
    }
    out.push(f);
  }
  return out;
}
