import { LIST_CATALOGUE } from './list-catalogue';
import type { ListRecord } from './list-record';
import { addTo } from './multimap';
import { emptyForms, mergeForms, type NameForms, nameForms } from './name-forms';
import { mergeKey, tokens } from './normalise-name';

// Merges entries of different lists that name the same institution. Two entries merge when
// (1) their names are the same after normalisation, or (2) a name one list gives as an alias is
// the other's name, and both name the same kind of body (a university alias does not merge a
// corporation). ASPI and the Entity List give subsidiaries as aliases ("Second Academy of
// CASIC"); the kind check and the same-list guard (never two current entries of one list in one
// entity) keep those apart.

export interface MergeInput extends ListRecord {
  /** Drop unless another list confirms the entity (no country in this list). */
  needsOtherList?: boolean;
}

export interface MergedEntity {
  records: MergeInput[];
  /** Name forms from each record's own name, used to decide who owns a shared name. */
  primaryForms: NameForms;
  /** Every name form from every record. */
  allForms: NameForms;
}

export interface MergeResult {
  entities: MergedEntity[];
  log: string[];
}

const KIND_WORDS: Record<string, string> = {
  university: 'university',
  college: 'college',
  institute: 'institute',
  academy: 'academy',
  school: 'school',
  laboratory: 'laboratory',
  lab: 'laboratory',
  center: 'center',
  centre: 'center',
  base: 'base',
  corporation: 'company',
  company: 'company',
  corp: 'company',
  co: 'company',
  ltd: 'company',
  limited: 'company',
  inc: 'company',
  group: 'company',
  holding: 'company',
  holdings: 'company',
  plan: 'programme',
  program: 'programme',
  programme: 'programme',
};

/** The kind of body a name names: the last kind word in it ("… University of X" -> university). */
export function kindOf(name: string): string {
  const toks = tokens(name);
  for (let i = toks.length - 1; i >= 0; i--) {
    const kind = KIND_WORDS[toks[i]];
    if (kind) return kind;
  }
  return 'other';
}

function kindsCompatible(a: string, b: string): boolean {
  return a === b || a === 'other' || b === 'other';
}

function recordOrder(a: ListRecord, b: ListRecord): number {
  return (
    LIST_CATALOGUE[a.list].priority - LIST_CATALOGUE[b.list].priority ||
    Number(b.current) - Number(a.current) ||
    a.name.localeCompare(b.name)
  );
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function formsOf(record: ListRecord): { primary: NameForms; all: NameForms } {
  const primary = nameForms(record.name);
  const all = mergeForms(emptyForms(), primary);
  for (const alias of record.aliases) mergeForms(all, nameForms(alias));
  for (const zh of record.chineseNames) mergeForms(all, nameForms(zh));
  for (const zh of record.chineseNames.slice(0, 1)) mergeForms(primary, nameForms(zh));
  return { primary, all };
}

export function mergeRecords(input: MergeInput[]): MergeResult {
  const records = [...input].sort(recordOrder);
  const forms = records.map(formsOf);
  const uf = new UnionFind(records.length);
  const log: string[] = [];

  // Pass 1: same name (or same Chinese name) after normalisation.
  const byPrimaryKey = new Map<string, number[]>();
  records.forEach((_, i) => {
    const keys = new Set([
      ...forms[i].primary.english.map(mergeKey),
      ...forms[i].primary.shortForms.map(mergeKey),
      ...forms[i].primary.chinese,
    ]);
    for (const key of keys) addTo(byPrimaryKey, key, i);
  });
  for (const members of byPrimaryKey.values()) for (const j of members.slice(1)) uf.union(members[0], j);

  // Pass 2: an alias of one entry is another entry's name, same kind of body, and the merged
  // entity would not hold two current entries of the same list.
  const currentLists = (root: number): Map<string, string> => {
    const out = new Map<string, string>();
    records.forEach((r, i) => {
      if (r.current && uf.find(i) === root) out.set(r.list, r.name);
    });
    return out;
  };
  records.forEach((record, i) => {
    const ownKind = kindOf(record.name);
    const aliasKeys = new Set([...forms[i].all.english, ...forms[i].all.shortForms, ...forms[i].all.chinese]);
    for (const alias of [...aliasKeys].sort()) {
      const targets = byPrimaryKey.get(/[A-Za-z]/.test(alias) ? mergeKey(alias) : alias) ?? [];
      for (const j of targets) {
        if (uf.find(i) === uf.find(j)) continue;
        if (!kindsCompatible(kindOf(alias), ownKind) || !kindsCompatible(ownKind, kindOf(records[j].name))) {
          log.push(
            `not merged (different kind of body): "${record.name}" (${record.list}) gives alias "${alias}", the name of "${records[j].name}" (${records[j].list})`,
          );
          continue;
        }
        const left = currentLists(uf.find(i));
        const right = currentLists(uf.find(j));
        const clash = [...left.keys()].find((list) => right.has(list));
        if (clash) {
          log.push(`not merged (both current on ${clash}): "${left.get(clash)}" and "${right.get(clash)}" via alias "${alias}"`);
          continue;
        }
        uf.union(i, j);
      }
    }
  });

  const groups = new Map<number, number[]>();
  records.forEach((_, i) => {
    addTo(groups, uf.find(i), i);
  });
  const entities: MergedEntity[] = [];
  for (const members of groups.values()) {
    const group = members.map((i) => records[i]);
    if (group.every((r) => r.needsOtherList)) {
      log.push(`left out (no China list confirms it): ${group.map((r) => `"${r.name}" (${r.list})`).join(', ')}`);
      continue;
    }
    entities.push({
      records: group,
      primaryForms: members.reduce((acc, i) => mergeForms(acc, forms[i].primary), emptyForms()),
      allForms: members.reduce((acc, i) => mergeForms(acc, forms[i].all), emptyForms()),
    });
  }
  return { entities, log };
}
