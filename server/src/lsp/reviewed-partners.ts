// The team's list of reviewed partners (caveat.reviewedPartnersFile): a partner finding whose name is
// on the list is lowered to information and names the review, never hidden.
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import type { Finding } from '../engine';

export interface ReviewedPartner {
  name: string;
  rule?: string;
  reviewed?: string;
  note?: string;
}

export class ReviewedPartners {
  private cache: { file: string; mtime: number; partners: ReviewedPartner[]; error?: string } | undefined;

  /** Reads the list (cached by modification time); a missing file is an empty list. */
  load(file: string | undefined): { partners: ReviewedPartner[]; error?: string } {
    if (!file) return { partners: [] };
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      return { partners: [] };
    }
    if (this.cache?.file === file && this.cache.mtime === mtime) return this.cache;
    try {
      const value = parse(readFileSync(file, 'utf8')) as { partners?: unknown };
      const list = Array.isArray(value?.partners) ? value.partners : [];
      const partners = list.filter((p): p is ReviewedPartner => typeof p?.name === 'string');
      this.cache = { file, mtime, partners };
    } catch (e) {
      this.cache = { file, mtime, partners: [], error: `${file}: ${(e as Error).message}` };
    }
    return this.cache;
  }
}

export function applyReviewedPartners(findings: Finding[], partners: ReviewedPartner[]): Finding[] {
  if (!partners.length) return findings;
  const byName = new Map(partners.map((p) => [p.name.toLowerCase(), p]));
  return findings.map((f) => {
    if (f.category !== 'military-linked-partner') return f;
    const p = byName.get(f.text.toLowerCase()) ?? partners.find((x) => x.rule === f.ruleId);
    if (!p) return f;
    const when = p.reviewed ? ` on ${p.reviewed}` : '';
    return {
      ...f,
      risk: 'green',
      message: `Reviewed by your team${when}${p.note ? `: ${p.note}` : ''}. Originally ${f.risk}: ${f.message}`,
      mitigation: { kind: 'phrase', text: `reviewed partner list${when}`, originalRisk: f.risk },
    };
  });
}
