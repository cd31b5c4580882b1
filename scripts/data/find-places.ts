import { CHINESE_CITY_SPELLINGS, CHINESE_PLACE_NAMES } from './common-vocabulary';
import { tokens } from './normalise-name';

// Chinese cities and provinces named inside institution names ("Harbin Institute of
// Technology" -> Harbin). Used as confirming context for ambiguous abbreviations and for
// near-miss sentences that mention the city alone.

/** Place token runs by first token, longest first ("hong kong" before "hong"). */
const PLACES_BY_FIRST_TOKEN = new Map<string, { place: string; toks: readonly string[] }[]>();
for (const place of [...CHINESE_PLACE_NAMES].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
  const toks = tokens(place);
  const list = PLACES_BY_FIRST_TOKEN.get(toks[0]) ?? [];
  list.push({ place, toks });
  PLACES_BY_FIRST_TOKEN.set(toks[0], list);
}

/** Places in the names (or addresses), in order of first appearance, without duplicates. */
export function placesIn(names: string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    for (const [zh, en] of CHINESE_CITY_SPELLINGS) if (name.includes(zh) && !found.includes(en)) found.push(en);
    const toks = tokens(name);
    toks.forEach((t, i) => {
      const hit = PLACES_BY_FIRST_TOKEN.get(t)?.find(({ toks: p }) => p.every((pt, j) => toks[i + j] === pt));
      if (hit && !found.includes(hit.place)) found.push(hit.place);
    });
  }
  return found;
}
