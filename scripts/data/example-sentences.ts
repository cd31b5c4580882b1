import { CHINESE_PLACE_NAMES } from './common-vocabulary';
import type { EntityNames } from './resolve-names';
import { tokens } from './normalise-name';

// Deterministic test sentences for each generated rule: examples that must match (an English
// name form, the Chinese name) and near-misses that must not (the abbreviation with no
// organisation word near it, the entity's city on its own, a truncated name).

const PLACES = [...CHINESE_PLACE_NAMES].sort((a, b) => b.length - a.length);

export function exampleSentences(names: EntityNames): string[] {
  const out: string[] = [];
  const english = names.exact[0];
  if (english) out.push(`We will collaborate with ${english} on this project.`);
  else if (names.abbreviations[0]) out.push(`Our partner ${names.abbreviations[0]} will host the workshop.`);
  if (names.chinese[0]) out.push(`合作单位：${names.chinese[0]}。`);
  return out;
}

/** The first Chinese place named in any of the entity's names. */
export function placeIn(names: EntityNames): string | undefined {
  for (const name of [names.display, ...names.exact]) {
    const toks = tokens(name);
    const place = PLACES.find((p) => {
      const ptoks = tokens(p);
      return toks.some((_, i) => ptoks.every((pt, j) => toks[i + j] === pt));
    });
    if (place) return place;
  }
  return undefined;
}

/** Candidate near-misses, best first; the caller keeps those its matcher confirms. */
export function nearMissCandidates(names: EntityNames): string[] {
  const out: string[] = [];
  if (names.abbreviations[0]) out.push(`The table lists ${names.abbreviations[0]} in the third column.`);
  const place = placeIn(names);
  if (place) out.push(`The workshop will be held in ${place} next spring.`);
  const shortest = [...names.exact].sort((a, b) => tokens(a).length - tokens(b).length || a.localeCompare(b))[0];
  if (shortest) {
    const toks = shortest.split(/\s+/);
    if (toks.length > 1) out.push(`The report mentions ${toks.slice(0, -1).join(' ')} only in passing.`);
    else out.push(`The report mentions ${shortest}ville only in passing.`);
  }
  if (names.chinese[0] && names.chinese[0].length > 4) out.push(`报告提到${names.chinese[0].slice(0, 2)}。`);
  return out;
}
