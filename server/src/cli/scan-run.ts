// Everything a report format needs about one `caveat scan`: the per-file reports plus the rules, packs,
// date and settings they were made with.
import type { Jurisdiction } from '../config/config-types';
import type { Rule } from '../engine';
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
  rules: Map<string, Rule>;
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
  const rules = new Map<string, Rule>();
  const packs = new Map<string, PackVersion>();
  for (const loaded of ruleSets.allLoaded()) {
    for (const r of loaded.rules) if (!rules.has(r.id)) rules.set(r.id, r);
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
