// What applies to one document: the editor's settings, overridden by the team's `.caveat.yaml` found
// upward from the document (as the CLI finds it). In an untrusted workspace neither the file's rule
// packs nor any partner list are read.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Adjustments, reviewedIndex } from '../config/apply-config';
import type { ConfigProblem } from '../config/config-types';
import type { ConfigResolver } from '../config/find-config';
import { loadReviewedPartners, type ReviewedPartner } from '../config/reviewed-partners';
import type { Risk } from '../engine';
import { RuleSetCache } from './rule-set';
import type { CaveatSettings } from './settings';

export interface DocumentSettings {
  enable: boolean;
  useBundledRules: boolean;
  rulePacks: string[];
  adjustments: Adjustments;
  jurisdiction: string;
  configFile?: string;
  /** The reviewed-partner list that applies (none in an untrusted workspace), whether or not it exists. */
  reviewedPartnersFile?: string;
  problems: ConfigProblem[];
}

/** Reviewed-partner lists, re-read when their modification time changes. */
export class ReviewedPartnerLists {
  private readonly cache = new Map<string, { mtime: number; partners: ReviewedPartner[]; problems: ConfigProblem[] }>();

  get(file: string): { partners: ReviewedPartner[]; problems: ConfigProblem[] } {
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      return { partners: [], problems: [] }; // no list yet: nothing reviewed
    }
    const cached = this.cache.get(file);
    if (cached && cached.mtime === mtime) return cached;
    const loaded = { mtime, ...loadReviewedPartners(file) };
    this.cache.set(file, loaded);
    return loaded;
  }
}

export function documentSettings(
  uri: string,
  settings: CaveatSettings,
  trusted: boolean,
  configs: ConfigResolver,
  partnerLists: ReviewedPartnerLists,
  workspaceFolders: string[],
): DocumentSettings {
  const problems: ConfigProblem[] = [];
  const lookup = trusted && uri.startsWith('file:') ? configs.forFile(fileURLToPath(uri)) : undefined;
  const config = lookup?.config;
  if (lookup) problems.push(...lookup.problems);
  const severity: Partial<Record<string, Risk>> = { ...settings.severity, ...(config?.severity ?? {}) };
  const rulePacks = trusted ? [...RuleSetCache.resolvePaths(settings.rulePacks, workspaceFolders), ...(config?.rulePacks ?? [])] : [];
  let reviewed: Adjustments['reviewed'];
  const listFile = trusted
    ? (config?.reviewedPartners ??
      (settings.reviewedPartnersFile ? RuleSetCache.resolvePaths([settings.reviewedPartnersFile], workspaceFolders)[0] : undefined))
    : undefined;
  if (listFile) {
    const list = partnerLists.get(listFile);
    problems.push(...list.problems);
    if (list.partners.length) reviewed = { list: listFile, partners: reviewedIndex(list.partners) };
  }
  return {
    enable: settings.enable,
    useBundledRules: settings.useBundledRules || !trusted,
    rulePacks,
    adjustments: {
      severity,
      minRisk: config?.minRisk ?? settings.minRisk,
      categories: config?.categories ?? settings.categories,
      ...(reviewed ? { reviewed } : {}),
    },
    jurisdiction: config?.jurisdiction ?? settings.jurisdiction,
    ...(config?.file ? { configFile: config.file } : {}),
    ...(listFile ? { reviewedPartnersFile: listFile } : {}),
    problems,
  };
}
