import { CHINESE_PLACE_NAMES } from './common-vocabulary';
import { tokens } from './normalise-name';

// Chinese cities and provinces named inside institution names ("Harbin Institute of
// Technology" -> Harbin). Used as confirming context for ambiguous abbreviations and for
// near-miss sentences that mention the city alone.

const PLACES = [...CHINESE_PLACE_NAMES].sort((a, b) => b.length - a.length || a.localeCompare(b));

/** Places in the names, in order of first appearance, without duplicates. */
export function placesIn(names: string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const toks = tokens(name);
    for (let i = 0; i < toks.length; i++) {
      const place = PLACES.find((p) => {
        const ptoks = tokens(p);
        return ptoks.every((pt, j) => toks[i + j] === pt);
      });
      if (place && !found.includes(place)) found.push(place);
    }
  }
  return found;
}
