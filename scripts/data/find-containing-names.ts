import { addTo } from './multimap';
import { tokens } from './normalise-name';

// A short name can sit inside another entity's longer name ("Nanjing University" inside
// "Nanjing University of Aeronautics and Astronautics"). The engine already drops a match inside
// a longer matched entity name; in addition, when the longer name belongs to a different entity
// of LOWER risk, the shorter rule gets that name in `not_within`, so a red short name never
// fires on a lower-risk institution's full name even if that rule is switched off.

export interface NamedEntity {
  /** English and Chinese exact phrases. */
  names: string[];
  riskRank: number;
}

function nameTokens(name: string): readonly string[] {
  return tokens(name);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** For each entity, the longer names of lower-risk entities that contain one of its names. */
export function findContainingNames(entities: NamedEntity[]): string[][] {
  const byToken = new Map<string, { entity: number; name: string; toks: readonly string[] }[]>();
  entities.forEach((e, entity) => {
    for (const name of e.names) {
      const toks = nameTokens(name);
      for (const t of new Set(toks)) addTo(byToken, t, { entity, name, toks });
    }
  });
  return entities.map((e, self) => {
    const found = new Set<string>();
    for (const name of e.names) {
      const toks = nameTokens(name);
      if (toks.length === 0) continue;
      for (const other of byToken.get(toks[0]) ?? []) {
        if (other.entity === self || other.toks.length <= toks.length) continue;
        if (entities[other.entity].riskRank >= e.riskRank) continue;
        if (containsRun(other.toks, toks)) found.add(other.name);
      }
    }
    return [...found].sort();
  });
}

/**
 * "Nanjing University" also heads unlisted names ("Nanjing University of Chinese Medicine").
 * For a name that ends in a kind word and has no "of", "<name> of" in `not_within` stops that.
 */
export function ofExtension(name: string): string | undefined {
  const toks = nameTokens(name);
  if (toks.includes('of') || !/^(university|institute|college|academy)$/.test(toks.at(-1) ?? '')) return undefined;
  return `${name} of`;
}
