// Rule lists whose rules are read only when used. With 50,000 partner names, parsed rule objects
// take about 60 MB of heap, yet a scan touches only the rules it finds: a list read from a rule-set
// snapshot (rule-set-snapshot.ts) parses a rule on first access and keeps it. It is a real array to
// every reader (index, length, iteration, map...), so the engine and its callers need not know; only
// whole-list walks cost what they did, which is why ids and look-ups by id have their own paths here.
import type { Rule } from './types';

interface LazySource {
  ids: string[];
  read: (index: number) => Rule;
}

const lazySources = new WeakMap<Rule[], LazySource>();

/**
 * An array of `ids.length` rules; rule i is `read(i)` on first access. Writes are refused: the list is
 * shared by every scan of a rule set.
 */
export function lazyRuleList(ids: string[], read: (index: number) => Rule): Rule[] {
  const count = ids.length;
  const parsed: (Rule | undefined)[] = new Array(count);
  const target: Rule[] = [];
  target.length = count;
  const indexOf = (prop: string | symbol): number => {
    if (typeof prop !== 'string') return -1;
    const c = prop.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(prop);
    return Number.isInteger(i) && i < count ? i : -1;
  };
  const list: Rule[] = new Proxy(target, {
    get(t, prop, receiver) {
      const i = indexOf(prop);
      if (i < 0) return Reflect.get(t, prop, receiver);
      let rule = parsed[i];
      if (!rule) {
        rule = read(i);
        parsed[i] = rule;
      }
      return rule;
    },
    has(t, prop) {
      return indexOf(prop) >= 0 || Reflect.has(t, prop);
    },
    getOwnPropertyDescriptor(t, prop): PropertyDescriptor | undefined {
      const i = indexOf(prop);
      if (i < 0) return Reflect.getOwnPropertyDescriptor(t, prop);
      return { value: list[i], writable: false, enumerable: true, configurable: true };
    },
    ownKeys(t) {
      return [...Array.from({ length: count }, (_, i) => String(i)), ...Reflect.ownKeys(t)];
    },
    set() {
      throw new TypeError('a rule list read from a snapshot is read-only');
    },
    deleteProperty() {
      throw new TypeError('a rule list read from a snapshot is read-only');
    },
  });
  lazySources.set(list, { ids, read });
  return list;
}

/** Whether the list reads its rules on first use (then walking it parses every rule). */
export function isLazyRuleList(rules: Rule[]): boolean {
  return lazySources.has(rules);
}

const idLists = new WeakMap<Rule[], string[]>();

/** The rules' ids in order, without parsing the rules of a lazy list. */
export function ruleIdsOf(rules: Rule[]): string[] {
  const lazy = lazySources.get(rules);
  if (lazy) return lazy.ids;
  let ids = idLists.get(rules);
  if (!ids) {
    ids = rules.map((r) => r.id);
    idLists.set(rules, ids);
  }
  return ids;
}

/** Rules by id: what reports and hovers need (a Map is one too). */
export interface RuleLookup {
  get(id: string): Rule | undefined;
  has(id: string): boolean;
}

const lookups = new WeakMap<Rule[], RuleLookup>();

/** A look-up by id over a list, built once per list; the first rule of an id wins, as when loading. */
export function ruleLookup(rules: Rule[]): RuleLookup {
  let lookup = lookups.get(rules);
  if (!lookup) {
    const index = new Map<string, number>();
    // Backwards, so that the first rule of an id is the one left: one Map operation an id.
    const ids = ruleIdsOf(rules);
    for (let i = ids.length - 1; i >= 0; i--) index.set(ids[i], i);
    lookup = {
      get: (id) => {
        const i = index.get(id);
        return i === undefined ? undefined : rules[i];
      },
      has: (id) => index.has(id),
    };
    lookups.set(rules, lookup);
  }
  return lookup;
}

const idSets = new WeakMap<Rule[], Set<string>>();

/**
 * The ids of a list as a set built on the first question: only a draft with a directive asks which
 * ids exist, and the set of 50,000 ids costs a CLI run 20 ms.
 */
export function knownRuleIds(rules: Rule[]): { has(id: string): boolean } {
  return {
    has(id) {
      let ids = idSets.get(rules);
      if (!ids) {
        ids = new Set(ruleIdsOf(rules));
        idSets.set(rules, ids);
      }
      return ids.has(id);
    },
  };
}
