// The law cards of rules/laws, read for reports and `caveat explain`: a finding names laws by id, a
// reader needs their names, and --jurisdiction decides which come first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Jurisdiction } from '../config/config-types';
import { bundledRulesDir } from '../engine';

export interface LawCard {
  id: string;
  name: string;
  name_zh?: string;
  abbreviations?: string[];
  aliases?: string[];
  jurisdiction: string;
  kind: string;
  adopted?: string;
  in_force?: string;
  summary: string;
  articles: { ref: string; text: string }[];
  what_to_do: string[];
  links: { title: string; url: string }[];
  guidance?: string;
  verified: boolean;
  unverified?: string[];
}

let cached: Map<string, LawCard> | undefined;

/** Every bundled law card by id; a card that does not parse is left out (the rule tests catch it). */
export function lawCards(): Map<string, LawCard> {
  if (cached) return cached;
  cached = new Map();
  const dir = join(bundledRulesDir(), 'laws');
  if (!existsSync(dir)) return cached;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.yaml')) continue;
    try {
      const card = parse(readFileSync(join(dir, name), 'utf8')) as LawCard;
      if (card && typeof card.id === 'string') cached.set(card.id, card);
    } catch {
      // skipped: validated elsewhere
    }
  }
  return cached;
}

/** Laws that also bind in a jurisdiction: EU law in NL and DE, and treaties everywhere. */
const ALSO_APPLIES: Record<Jurisdiction, string[]> = {
  EU: ['EU', 'INT'],
  NL: ['NL', 'EU', 'INT'],
  DE: ['DE', 'EU', 'INT'],
  UK: ['UK', 'INT'],
  US: ['US', 'INT'],
};

/** Orders law ids so that those of the reader's jurisdiction come first; the rest keep their order. */
export function orderLaws(ids: string[], jurisdiction: Jurisdiction | undefined): string[] {
  if (!jurisdiction) return ids;
  const cards = lawCards();
  const preferred = ALSO_APPLIES[jurisdiction];
  const rank = (id: string) => {
    const j = cards.get(id)?.jurisdiction ?? '';
    const i = preferred.indexOf(j);
    return i < 0 ? preferred.length : i;
  };
  return ids
    .map((id, i) => ({ id, i }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.i - b.i)
    .map((x) => x.id);
}

/** "Name (EU)" for a law id, or the id itself when no card exists. */
export function lawLabel(id: string): string {
  const card = lawCards().get(id);
  return card ? `${card.name} (${card.jurisdiction})` : id;
}
