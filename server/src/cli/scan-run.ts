// Everything a report format needs about one `caveat scan`: the per-file reports plus the rules, packs,
// date and settings they were made with.
import type { Jurisdiction } from '../config/config-types';
import { type RuleLookup, ruleLookup } from '../engine';
import type { FileReport } from './report';
import type { RuleSets } from './rule-sets';
import { VERSION } from './version';

export interface PackVersion {
  pack: string;
  version: string;
  title: string;
  dataDate?: string;
}

export interface ScanRun {
  /** Sorted by file; entries with `error` are drafts that could not be read. */
  reports: FileReport[];
  rules: RuleLookup;
  packs: PackVersion[];
  showAccepted: boolean;
  jurisdiction?: Jurisdiction;
  date: Date;
  toolVersion: string;
  /** Set when --baseline dropped known findings. */
  baseline?: { file: string; known: number };
}

/** The report date: now, or SOURCE_DATE_EPOCH for reproducible reports. */
export function reportDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export function describeRun(reports: FileReport[], ruleSets: RuleSets, settings: Pick<ScanRun, 'showAccepted' | 'jurisdiction'>): ScanRun {
  // Rules by id over every set used, the first set's rule first; looked up, never walked, so rules
  // read from a snapshot are parsed only for the findings a report names.
  const lookups = ruleSets.allLoaded().map((loaded) => ruleLookup(loaded.rules));
  const rules: RuleLookup = {
    get: (id) => {
      for (const lookup of lookups) {
        const rule = lookup.get(id);
        if (rule) return rule;
      }
      return undefined;
    },
    has: (id) => lookups.some((lookup) => lookup.has(id)),
  };
  const packs = new Map<string, PackVersion>();
  for (const loaded of ruleSets.allLoaded()) {
    for (const p of loaded.packs)
      if (!packs.has(p.pack)) packs.set(p.pack, { pack: p.pack, version: p.version, title: p.title, dataDate: p.data_date });
  }
  return {
    reports,
    rules,
    packs: [...packs.values()].sort((a, b) => (a.pack < b.pack ? -1 : 1)),
    date: reportDate(),
    toolVersion: VERSION,
    ...settings,
  };
}
