import { LIST_CATALOGUE } from './list-catalogue';
import type { AspiRating, ListRecord } from './list-record';
import { humanDate } from './parse-dates';

// Grading follows the data README and the product owner: any current US government list, or
// ASPI "very high", is red; ASPI "high" is orange; ASPI "medium"/"low" is a green note that names
// the rating and its date and nothing more. Entries seen only in superseded editions of a US
// list are orange: the listing lapsed, the history is still worth a check.

export type Risk = 'red' | 'orange' | 'green';

export const RISK_ORDER: Record<Risk, number> = { green: 0, orange: 1, red: 2 };

export function gradeEntity(records: ListRecord[]): Risk {
  if (records.some((r) => LIST_CATALOGUE[r.list].usList && r.current)) return 'red';
  const rating = records.find((r) => r.list === 'aspi-unitracker')?.rating;
  if (rating === 'very high') return 'red';
  if (rating === 'high') return 'orange';
  if (rating === 'medium' || rating === 'low') return 'green';
  return 'orange';
}

function joinClauses(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function firstCitation(citation: string): string {
  const [first, ...rest] = citation.split('; ');
  return rest.length ? `${first}, amended since` : first;
}

function aspiClause(rating: AspiRating | undefined, date: string): string {
  return rating
    ? `rated ${rating} risk by ASPI's China Defence Universities Tracker (data of ${humanDate(date)})`
    : `listed without a stated rating in ASPI's China Defence Universities Tracker (data of ${humanDate(date)})`;
}

/** One clause per list, in Caveat's words, with the citation and date a reader can check. */
export function listClause(r: ListRecord): string {
  switch (r.list) {
    case 'aspi-unitracker':
      return aspiClause(r.rating, r.date);
    case 'us-entity-list':
      return `on the US Entity List (${firstCitation(r.citation)})`;
    case 'us-meu-list':
      return `on the US Military End-User list (${r.citation})`;
    case 'us-mieu-list':
      return 'named as a military-intelligence end user in US export rules (15 CFR 744.22)';
    case 'us-1260h-list':
      return r.current
        ? `named a Chinese military company by the US Defense Department (1260H list, ${humanDate(r.date)}${r.parent ? `, under ${r.parent}` : ''})`
        : `named on earlier editions of the US 1260H list of Chinese military companies (${(r.editions ?? []).join(', ')}) but not on the latest`;
    case 'us-ns-cmic':
      return `on OFAC's Chinese Military-Industrial Complex (NS-CMIC) list since ${humanDate(r.date)}`;
    case 'us-section-1286':
      return r.current
        ? `on the US Defense Department's section 1286 list of foreign institutions of concern (${(r.editions ?? []).at(-1)} edition)`
        : `on earlier editions of the US section 1286 list (${(r.editions ?? []).join(', ')}) but not on the latest`;
    case 'us-ndaa-889':
      return 'named in section 889 of the US FY2019 NDAA (telecoms and video surveillance)';
    case 'us-ndaa-5949':
      return 'named in section 5949 of the US FY2023 NDAA (semiconductors)';
    case 'us-ndaa-154':
      return 'named in section 154 of the US FY2024 NDAA (batteries, from October 2027)';
    case 'us-fcc-covered-list':
      return `on the FCC Covered List (since ${humanDate(r.date)})`;
  }
}

const ADVICE: Record<Risk, string> = {
  red: 'Check the partner, and any licence or funder restriction, before sharing technology, data, samples or money.',
  orange: "Check the partner's defence links for this field before you commit.",
  green: '',
};

export function entityMessage(display: string, records: ListRecord[], risk: Risk): string {
  const clauses = [...records].sort((a, b) => LIST_CATALOGUE[a.list].priority - LIST_CATALOGUE[b.list].priority);
  // Green notes name ASPI's rating and its date, never more.
  const listed = risk === 'green' ? clauses.filter((r) => r.list === 'aspi-unitracker') : clauses;
  const text = `${display} is ${joinClauses(listed.map(listClause))}.`;
  return [text, ADVICE[risk]].filter(Boolean).join(' ');
}

export function talentMessage(display: string, record: ListRecord): string {
  const editions = record.editions ?? [];
  const since = editions.length > 1 ? `; on every edition since ${editions[0]}` : '';
  return `${display} is named by the US Defense Department as a foreign talent programme of concern (section 1286 list, ${editions.at(-1)} edition${since}). Taking part can bar a researcher from US defence-funded research and usually has to be disclosed to funders and employers.`;
}
