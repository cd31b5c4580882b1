import { type AliasDecision, checkAbbreviation, checkChineseName, checkEnglishName, isBarePlace } from './alias-collision-checker';
import { CHINESE_CITY_SPELLINGS, GENERIC_NAME_WORDS } from './common-vocabulary';
import { plaChineseShortForms, plaEnglishForms, universityShortName } from './derived-names';
import { placesIn } from './find-places';
import type { MergedEntity } from './merge-records';
import { addTo } from './multimap';
import { abbreviates, looksLikeAbbreviation } from './name-forms';
import { tokenKey, tokens } from './normalise-name';

// Turns each merged entity's candidate names into what its rule matches: English and Chinese
// exact phrases and case-sensitive abbreviations. Every candidate goes through the
// alias-collision checker; then names claimed by two entities go to the one whose own list
// name it is, or to neither. Everything removed is reported with its reason.

export interface EntityNames {
  display: string;
  exact: string[];
  chinese: string[];
  abbreviations: string[];
  /** Places that confirm a place-bound abbreviation (the rule's own `context`). */
  context: string[];
  /** Names the lists give that were removed as ambiguous or generic: good near-misses. */
  lookAlikes: string[];
}

export interface AliasReportEntry {
  entity: string;
  alias: string;
  action: 'dropped' | 'demoted to abbreviation' | 'bound to place context';
  reason: string;
}

/**
 * Who keeps an abbreviation several entities give: those whose own list name contains it as a
 * word ("Semiconductor Manufacturing International Corporation (SMIC)", "BGI Genomics Co.");
 * among several such, or if none, those whose name it abbreviates ("CETC" for "China
 * Electronics Technology Group Corporation"). One owner keeps it; otherwise nobody does.
 */
function abbreviationOwners(abbr: string, claimants: number[], ownNames: string[][]): number[] {
  const containsWord = claimants.filter((i) => ownNames[i].some((n) => n.split(/[^A-Za-z0-9]+/).includes(abbr)));
  if (containsWord.length === 1) return containsWord;
  const pool = containsWord.length ? containsWord : claimants;
  return pool.filter((i) => ownNames[i].some((n) => abbreviates(abbr, n.replace(/\([^)]*\)/g, ' '))));
}

/**
 * "Origin Quantum" heads "Origin Quantum Computing Technology (Hefei) Co., Ltd.": the rest of the
 * name says what the company does, so the head is its trade name. "Silk Road" before "Trading
 * Company Ltd." is not: the rest is only type words.
 */
function headsOwnName(name: string, own: string[]): boolean {
  const toks = tokens(name);
  return own.some((o) => {
    const ownToks = tokens(o);
    if (ownToks.length <= toks.length || !toks.every((t, i) => ownToks[i] === t)) return false;
    return ownToks.slice(toks.length).some((t) => !GENERIC_NAME_WORDS.has(t) && !isBarePlace(t));
  });
}

function pushUnique(list: string[], value: string, key: (v: string) => string = (v) => v): void {
  if (!list.some((v) => key(v) === key(value))) list.push(value);
}

export function resolveNames(entities: MergedEntity[]): { names: EntityNames[]; report: AliasReportEntry[] } {
  const report: AliasReportEntry[] = [];
  const primaryKeys: Set<string>[] = [];
  const ownNames: string[][] = [];
  const placeBound: string[][] = [];
  const names = entities.map((entity, idx): EntityNames => {
    const display = entity.records[0].name;
    const derivedEnglish = [
      ...plaEnglishForms(display, entity.allForms.chinese),
      ...entity.primaryForms.english.map(universityShortName).filter((n): n is string => Boolean(n)),
    ];
    primaryKeys[idx] = new Set([...entity.primaryForms.english, ...derivedEnglish].map(tokenKey));
    for (const zh of entity.primaryForms.chinese) primaryKeys[idx].add(zh);
    ownNames[idx] = entity.records.map((r) => r.name);
    const out: EntityNames = { display, exact: [], chinese: [], abbreviations: [], context: [], lookAlikes: [] };
    placeBound[idx] = [];
    const takeAbbreviation = (abbr: string, verdict: AliasDecision) => {
      if (verdict.as === 'drop') report.push({ entity: display, alias: abbr, action: 'dropped', reason: verdict.reason });
      else if (verdict.as === 'place-bound abbreviation') {
        pushUnique(placeBound[idx], abbr);
        report.push({ entity: display, alias: abbr, action: 'bound to place context', reason: verdict.reason });
      } else pushUnique(out.abbreviations, abbr);
    };
    for (const name of [...entity.allForms.english, ...derivedEnglish]) {
      const isListName = ownNames[idx].some((own) => tokenKey(own) === tokenKey(name));
      const verdict = checkEnglishName(name, primaryKeys[idx].has(tokenKey(name)), headsOwnName(name, ownNames[idx]), isListName);
      if (verdict.as === 'drop' && /^(ambiguous name|generic phrase)/.test(verdict.reason) && name.includes(' '))
        pushUnique(out.lookAlikes, name);
      if (verdict.as === 'exact') pushUnique(out.exact, name, tokenKey);
      else if (verdict.as === 'abbreviation' || verdict.as === 'place-bound abbreviation') {
        if (!looksLikeAbbreviation(name))
          report.push({ entity: display, alias: name, action: 'demoted to abbreviation', reason: 'single token in capitals' });
        takeAbbreviation(name.trim(), verdict);
      } else takeAbbreviation(name, verdict);
    }
    for (const zh of [...entity.allForms.chinese, ...plaChineseShortForms(entity.allForms.chinese)]) {
      const verdict = checkChineseName(zh);
      if (verdict.as === 'drop') report.push({ entity: display, alias: zh, action: 'dropped', reason: verdict.reason });
      else pushUnique(out.chinese, zh);
    }
    for (const abbr of entity.allForms.shortForms) takeAbbreviation(abbr, checkAbbreviation(abbr));
    return out;
  });

  // Names claimed by more than one entity.
  const claim = (
    pick: (n: EntityNames) => string[],
    key: (v: string) => string,
    set: (n: EntityNames, v: string[]) => void,
    ownerAware: boolean,
  ) => {
    const claims = new Map<string, number[]>();
    names.forEach((n, idx) => {
      for (const v of pick(n)) addTo(claims, key(v), idx);
    });
    for (const [k, idxs] of claims) {
      if (idxs.length < 2) continue;
      const owners = ownerAware ? idxs.filter((i) => primaryKeys[i].has(k)) : abbreviationOwners(k, idxs, ownNames);
      for (const i of idxs) {
        if (owners.length === 1 && owners[0] === i) continue;
        const others = idxs.filter((j) => j !== i).map((j) => `"${names[j].display}"`);
        const value = pick(names[i]).find((v) => key(v) === k) as string;
        set(
          names[i],
          pick(names[i]).filter((v) => key(v) !== k),
        );
        report.push({
          entity: names[i].display,
          alias: value,
          action: 'dropped',
          reason:
            owners.length === 1 ? `the name of another listed entity, ${others.join(', ')}` : `shared with ${others.join(', ')}: ambiguous`,
        });
      }
    }
  };
  claim(
    (n) => n.exact,
    tokenKey,
    (n, v) => {
      n.exact = v;
    },
    true,
  );
  claim(
    (n) => n.chinese,
    (v) => v,
    (n, v) => {
      n.chinese = v;
    },
    true,
  );
  // An abbreviation two entities give goes to the one whose name it abbreviates, if only one.
  claim(
    (n) => n.abbreviations,
    (v) => v,
    (n, v) => {
      n.abbreviations = v;
    },
    false,
  );

  // Place-bound abbreviations: the entity's city becomes the rule's context. Without a city in
  // any of its names there is nothing to confirm them, so they go.
  names.forEach((n, idx) => {
    if (!placeBound[idx].length) return;
    // The home city: from the display name or, failing that, the first address a list gives.
    const addresses = entities[idx].records.map((r) => r.address).filter((a): a is string => Boolean(a));
    const places = placesIn([n.display])
      .concat(placesIn(addresses).slice(0, 1))
      .filter((p, i, all) => all.indexOf(p) === i);
    if (!places.length) {
      for (const abbr of placeBound[idx])
        report.push({
          entity: n.display,
          alias: abbr,
          action: 'dropped',
          reason: 'common acronym and no city in its names or address to confirm it',
        });
      return;
    }
    const taken = new Set(names.flatMap((other, j) => (j === idx ? [] : other.abbreviations)));
    for (const abbr of placeBound[idx].filter((a) => taken.has(a))) {
      report.push({ entity: n.display, alias: abbr, action: 'dropped', reason: 'common acronym that another listed entity also uses' });
    }
    n.abbreviations = [...n.abbreviations, ...placeBound[idx].filter((a) => !taken.has(a))];
    // The city in English and, for Chinese sentences, in Chinese.
    const chinese = [...CHINESE_CITY_SPELLINGS].filter(([, en]) => places.includes(en)).map(([zh]) => zh);
    n.context = [...places, ...chinese];
  });
  return { names, report };
}
