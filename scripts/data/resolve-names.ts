import { checkAbbreviation, checkChineseName, checkEnglishName } from './alias-collision-checker';
import type { MergedEntity } from './merge-records';
import { abbreviates, looksLikeAbbreviation } from './name-forms';
import { tokenKey } from './normalise-name';
import { addTo } from './multimap';

// Turns each merged entity's candidate names into what its rule matches: English and Chinese
// exact phrases and case-sensitive abbreviations. Every candidate goes through the
// alias-collision checker; then names claimed by two entities go to the one whose own list
// name it is, or to neither. Everything removed is reported with its reason.

export interface EntityNames {
  display: string;
  exact: string[];
  chinese: string[];
  abbreviations: string[];
}

export interface AliasReportEntry {
  entity: string;
  alias: string;
  action: 'dropped' | 'demoted to abbreviation';
  reason: string;
}

const PLA_PREFIX = '中国人民解放军';

/** "PLA National Defense University": the Chinese name says it is a PLA body, drafts say "PLA …". */
function plaForms(entity: MergedEntity, display: string): string[] {
  const isPla = entity.allForms.chinese.some((zh) => zh.startsWith(PLA_PREFIX));
  if (!isPla || /^(PLA|People's Liberation Army)\b/.test(display)) return [];
  return [`PLA ${display}`];
}

/** "CETC" abbreviates "China Electronics Technology Group Corporation"; "DJI" heads "DJI …". */
function abbreviationOf(abbr: string, display: string): boolean {
  return abbreviates(abbr, display) || display.split(/\s+/)[0] === abbr;
}

function pushUnique(list: string[], value: string, key: (v: string) => string = (v) => v): void {
  if (!list.some((v) => key(v) === key(value))) list.push(value);
}

export function resolveNames(entities: MergedEntity[]): { names: EntityNames[]; report: AliasReportEntry[] } {
  const report: AliasReportEntry[] = [];
  const primaryKeys: Set<string>[] = [];
  const names = entities.map((entity, idx): EntityNames => {
    const display = entity.records[0].name;
    const derived = plaForms(entity, display);
    primaryKeys[idx] = new Set([...entity.primaryForms.english, ...derived].map(tokenKey));
    for (const zh of entity.primaryForms.chinese) primaryKeys[idx].add(zh);
    const out: EntityNames = { display, exact: [], chinese: [], abbreviations: [] };
    for (const name of [...entity.allForms.english, ...derived]) {
      const verdict = checkEnglishName(name, primaryKeys[idx].has(tokenKey(name)));
      if (verdict.as === 'drop') report.push({ entity: display, alias: name, action: 'dropped', reason: verdict.reason });
      else if (verdict.as === 'abbreviation') {
        if (!looksLikeAbbreviation(name)) report.push({ entity: display, alias: name, action: 'demoted to abbreviation', reason: 'single token in capitals' });
        pushUnique(out.abbreviations, name.trim());
      } else pushUnique(out.exact, name, tokenKey);
    }
    for (const zh of entity.allForms.chinese) {
      const verdict = checkChineseName(zh);
      if (verdict.as === 'drop') report.push({ entity: display, alias: zh, action: 'dropped', reason: verdict.reason });
      else pushUnique(out.chinese, zh);
    }
    for (const abbr of entity.allForms.shortForms) {
      const verdict = checkAbbreviation(abbr);
      if (verdict.as === 'drop') report.push({ entity: display, alias: abbr, action: 'dropped', reason: verdict.reason });
      else pushUnique(out.abbreviations, abbr);
    }
    return out;
  });

  // Names claimed by more than one entity.
  const claim = (pick: (n: EntityNames) => string[], key: (v: string) => string, set: (n: EntityNames, v: string[]) => void, ownerAware: boolean) => {
    const claims = new Map<string, number[]>();
    names.forEach((n, idx) => {
      for (const v of pick(n)) addTo(claims, key(v), idx);
    });
    for (const [k, idxs] of claims) {
      if (idxs.length < 2) continue;
      const owners = idxs.filter((i) => (ownerAware ? primaryKeys[i].has(k) : abbreviationOf(k, names[i].display)));
      for (const i of idxs) {
        if (owners.length === 1 && owners[0] === i) continue;
        const others = idxs.filter((j) => j !== i).map((j) => `"${names[j].display}"`);
        const value = pick(names[i]).find((v) => key(v) === k) as string;
        set(names[i], pick(names[i]).filter((v) => key(v) !== k));
        report.push({
          entity: names[i].display,
          alias: value,
          action: 'dropped',
          reason: owners.length === 1 ? `the name of another listed entity, ${others.join(', ')}` : `shared with ${others.join(', ')}: ambiguous`,
        });
      }
    }
  };
  claim((n) => n.exact, tokenKey, (n, v) => { n.exact = v; }, true);
  claim((n) => n.chinese, (v) => v, (n, v) => { n.chinese = v; }, true);
  // An abbreviation two entities give goes to the one whose name it abbreviates, if only one.
  claim((n) => n.abbreviations, (v) => v, (n, v) => { n.abbreviations = v; }, false);
  return { names, report };
}
