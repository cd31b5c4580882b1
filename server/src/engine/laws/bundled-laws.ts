// The bundled law cards (rules/laws), loaded and validated once, and the order in which a reader of a
// given jurisdiction wants them: used by hovers, reports and `caveat explain`.
import { join } from 'node:path';
import { bundledRulesDir } from '../bundled';
import { loadLawCards } from './load';
import type { LawCard } from './types';

/** Whose laws and guidance a reader wants first: one list for settings, configuration and reports. */
export const JURISDICTIONS = ['EU', 'NL', 'DE', 'UK', 'US'] as const;
export type JurisdictionProfile = (typeof JURISDICTIONS)[number];

let cached: Map<string, LawCard> | undefined;

/** Every bundled law card by id; a card that fails validation is left out (the rule tests catch it). */
export function lawCards(): Map<string, LawCard> {
  if (!cached) cached = new Map(loadLawCards(join(bundledRulesDir(), 'laws')).cards.map((c) => [c.id, c]));
  return cached;
}

/** Laws that also bind in a jurisdiction: EU law in NL and DE, and treaties everywhere. */
const ALSO_APPLIES: Record<JurisdictionProfile, string[]> = {
  EU: ['EU', 'INT'],
  NL: ['NL', 'EU', 'INT'],
  DE: ['DE', 'EU', 'INT'],
  UK: ['UK', 'INT'],
  US: ['US', 'INT'],
};

/** Orders law ids so that those of the reader's jurisdiction come first; the rest keep their order. */
export function orderLaws(
  ids: string[],
  jurisdiction: JurisdictionProfile | string | undefined,
  cards: Map<string, LawCard> = lawCards(),
): string[] {
  const preferred = jurisdiction ? ALSO_APPLIES[jurisdiction as JurisdictionProfile] : undefined;
  if (!preferred) return ids;
  const rank = (id: string) => {
    const i = preferred.indexOf(cards.get(id)?.jurisdiction ?? '');
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
