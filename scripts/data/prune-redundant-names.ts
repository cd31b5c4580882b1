import { matchesRule } from './mini-matcher';
import { tokens } from './normalise-name';

// Lists spell out many sub-units as "<Parent>, <Sub-unit>" aliases. When a rule already matches
// "<Parent>", the longer phrase adds nothing but size (packs are compiled at every start-up),
// so it is left out — unless the rule's not_within would cancel the short name inside it. The
// entity's own list names are always kept: the engine reports the longest match, and a finding
// should read "Fudan University", not "Fudan".

export function pruneRedundantNames(phrases: string[], notWithin: string[], keep: ReadonlySet<string> = new Set()): string[] {
  const byLength = [...phrases].sort((a, b) => tokens(a).length - tokens(b).length);
  const kept: string[] = [];
  for (const phrase of byLength) {
    const covered = !keep.has(phrase) && kept.some((shorter) => matchesRule(phrase, { exact_phrases: [shorter], not_within: notWithin }));
    if (!covered) kept.push(phrase);
  }
  // Keep the original order (the first name is the one examples use).
  return phrases.filter((p) => kept.includes(p));
}
