// The one entry point: scan(text, language, compiledRules, options) → findings with source offsets.
import { applyContext } from './context';
import { applyDirectives } from './directives';
import { extractProse } from './extract';
import type { ExtractedDocument } from './extract/types';
import { findMatches, MAX_PATTERN_MATCHES, type RawMatch } from './match';
import type { CompiledRules } from './rules/compile';
import { knownRuleIds } from './rules/rule-list';
import { type Category, type Finding, type FindingCategory, type Language, RISK_RANK, type Risk } from './types';

export interface ScanOptions {
  /** Findings below this risk are left out (accepted and mitigated ones are judged by their risk now). */
  minRisk?: Risk;
  /** Only these categories (directive problems are always kept). */
  categories?: Category[];
}

export interface ScanReport {
  findings: Finding[];
  /** Set when the format's parser failed and the draft was read as plain text. */
  fallback?: string;
  /** What the scan could not do in full, for the user (a workspace pattern that matched too often). */
  notices?: string[];
}

export function scanDocument(text: string, language: Language, compiled: CompiledRules, options: ScanOptions = {}): ScanReport {
  const extracted = extractProse(text, language);
  const { matches, truncated } = findMatches(extracted.masked, compiled, 0, extracted.masked.length, { anchoredOnly: true });
  return withNotices(findingsFromMatches(text, extracted, matches, compiled, options), truncated, compiled);
}

/** Adds a notice for each rule whose pattern stopped at MAX_PATTERN_MATCHES. */
export function withNotices(report: ScanReport, truncated: number[], compiled: CompiledRules): ScanReport {
  if (!truncated.length) return report;
  const notices = truncated.map(
    (r) =>
      `Rule ${compiled.rules[r].id}: its pattern matched ${MAX_PATTERN_MATCHES.toLocaleString('en-US')} times in this document; later matches are not reported. Make the pattern more specific.`,
  );
  return { ...report, notices };
}

/** From raw matches to findings: context rules, directives and the caller's filters. */
export function findingsFromMatches(
  text: string,
  extracted: ExtractedDocument,
  matches: RawMatch[],
  compiled: CompiledRules,
  options: ScanOptions,
): ScanReport {
  let findings = applyContext(text, extracted.masked, extracted.breaks, matches, compiled);
  findings = applyDirectives(text, findings, extracted.directives, { knownRuleIds: knownRuleIds(compiled.rules) });
  return { findings: withScanOptions(findings, options), ...(extracted.fallback ? { fallback: extracted.fallback } : {}) };
}

/** The findings the caller asked for: at or above minRisk, in the categories; directives' own always. */
export function withScanOptions(findings: Finding[], options: ScanOptions): Finding[] {
  const min = options.minRisk ? RISK_RANK[options.minRisk] : 0;
  const categories = options.categories ? new Set<FindingCategory>(options.categories) : undefined;
  if (!min && !categories) return findings;
  return findings.filter((f) => f.category === 'directive' || ((!categories || categories.has(f.category)) && RISK_RANK[f.risk] >= min));
}

export function scan(text: string, language: Language, compiled: CompiledRules, options: ScanOptions = {}): Finding[] {
  return scanDocument(text, language, compiled, options).findings;
}
