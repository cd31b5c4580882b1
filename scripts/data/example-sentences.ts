import { placesIn } from './find-places';
import { tokens } from './normalise-name';
import type { EntityNames } from './resolve-names';

// Deterministic test sentences for each generated rule: examples that must match (an English
// name form, the Chinese name) and near-misses that must not (the abbreviation with no
// confirming word near it, the entity's city on its own, a truncated name).

export function exampleSentences(names: EntityNames, talent = false): string[] {
  const out: string[] = [];
  const english = names.exact[0];
  if (english && talent) out.push(`The co-applicant was selected for the ${english} in 2019.`);
  else if (english) out.push(`We will collaborate with ${english} on this project.`);
  else if (names.abbreviations[0]) {
    const context = names.context[0] ?? 'partner';
    out.push(`Our ${context} partner ${names.abbreviations[0]} will host the workshop.`);
  }
  if (names.chinese[0]) out.push(`合作单位：${names.chinese[0]}。`);
  return out;
}

/** Candidate near-misses, best first; the caller keeps those its matcher confirms. */
export function nearMissCandidates(names: EntityNames): string[] {
  const out: string[] = [];
  for (const lookAlike of names.lookAlikes) out.push(`The report cites ${lookAlike}.`);
  const abbr = names.abbreviations.at(-1);
  if (abbr && names.context.length) out.push(`The ${abbr} laboratory results were reported.`);
  else if (abbr) out.push(`The table lists ${abbr} in the third column.`);
  const place = placesIn([names.display, ...names.exact])[0];
  if (place) out.push(`The workshop will be held in ${place} next spring.`);
  const shortest = [...names.exact].sort((a, b) => tokens(a).length - tokens(b).length || a.localeCompare(b))[0];
  if (shortest) {
    const words = shortest.split(/\s+/);
    if (words.length > 1) out.push(`The report mentions ${words.slice(0, -1).join(' ')} only in passing.`);
    // A longer word that merely begins with the name does not match it.
    const first = words.find((w) => !placesIn([w]).length) ?? words[0];
    out.push(`The report mentions ${first.replace(/[^\p{L}\p{N}]+$/u, '')}ville only in passing.`);
  }
  if (names.chinese[0] && names.chinese[0].length >= 4) out.push(`报告提到${names.chinese[0].slice(0, 2)}。`);
  return out;
}
