import { entityMessage, type Risk, talentMessage } from './grade-entity';
import { EU_DUAL_USE_LAW, LIST_CATALOGUE, TALENT_PROGRAMME_LAWS } from './list-catalogue';
import type { ListRecord } from './list-record';
import type { EntityNames } from './resolve-names';

// Assembles one rule-pack rule from a merged entity. Kept lean: packs hold well over a thousand
// of these, and the engine compiles every one of them at start-up.

export interface PackRule {
  id: string;
  category: 'military-linked-partner' | 'talent-programme';
  risk: Risk;
  title: string;
  message: string;
  guidance: string;
  laws?: string[];
  source: {
    document: string;
    citation?: string;
    date?: string;
    record?: string;
    lists: { list: string; entry: string; citation?: string; date?: string; rating?: string }[];
  };
  match: { exact_phrases?: string[]; abbreviations?: string[]; context?: string[]; not_within?: string[] };
  unless: { effect: 'note' };
  examples: string[];
  near_misses: string[];
}

export interface RuleInput {
  id: string;
  records: ListRecord[];
  names: EntityNames;
  risk: Risk;
  notWithin: string[];
  examples: string[];
  nearMisses: string[];
  talent: boolean;
  lawExists: (id: string) => boolean;
}

function listEntry(r: ListRecord): PackRule['source']['lists'][number] {
  const entry: PackRule['source']['lists'][number] = { list: r.list, entry: r.name };
  // Lists with editions: the citation says which editions carry the entry.
  const editions = r.editions && r.editions.length > 1 ? `in editions ${r.editions.join(', ')}` : '';
  const citation = [r.citation, editions].filter(Boolean).join('; ');
  if (citation) entry.citation = citation;
  if (r.date) entry.date = r.date;
  if (r.rating) entry.rating = `${r.rating} risk`;
  return entry;
}

export function buildRule(input: RuleInput): PackRule {
  const { records, names, risk } = input;
  const primary = records[0];
  const laws = new Set(records.filter((r) => r.current).flatMap((r) => LIST_CATALOGUE[r.list].laws));
  if (!input.talent && risk !== 'green') laws.add(EU_DUAL_USE_LAW);
  if (input.talent) for (const law of TALENT_PROGRAMME_LAWS) laws.add(law);
  // Only cite law cards that exist; the missing ones are listed in the alias report.
  for (const law of laws) if (!input.lawExists(law)) laws.delete(law);
  const match: PackRule['match'] = {};
  const exact = [...names.exact, ...names.chinese];
  if (exact.length) match.exact_phrases = exact;
  if (names.abbreviations.length) match.abbreviations = names.abbreviations;
  if (names.abbreviations.length && names.context.length) match.context = names.context;
  if (input.notWithin.length) match.not_within = input.notWithin;
  const source: PackRule['source'] = { document: primary.list, lists: records.map(listEntry) };
  if (primary.citation) source.citation = primary.citation;
  if (primary.date) source.date = primary.date;
  if (primary.recordId) source.record = primary.recordId;
  const rule: PackRule = {
    id: input.id,
    category: input.talent ? 'talent-programme' : 'military-linked-partner',
    risk,
    title: names.display.length > 200 ? `${names.display.slice(0, 197)}...` : names.display,
    message: input.talent ? talentMessage(names.display, primary) : entityMessage(names.display, records, risk),
    guidance: input.talent ? 'talent-programmes' : 'partner-due-diligence',
    ...(laws.size ? { laws: [...laws].sort() } : {}),
    source,
    match,
    unless: { effect: 'note' },
    examples: input.examples,
    near_misses: input.nearMisses,
  };
  return rule;
}
