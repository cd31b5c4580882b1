// Shared engine types: the contract between the engine, the language server, the CLI and the tests.

export const CATEGORIES = [
  'dual-use-tech',
  'data-export',
  'military-linked-partner',
  'talent-programme',
  'contract-clause',
  'sanctions-law',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Findings about Caveat's own directives (a directive without a reason) use this category. */
export type FindingCategory = Category | 'directive';

export const RISKS = ['red', 'orange', 'green'] as const;
export type Risk = (typeof RISKS)[number];

/** Higher is more severe; used for --min-risk, --fail-on and the status bar. */
export const RISK_RANK: Record<Risk, number> = { green: 1, orange: 2, red: 3 };

export type Language = 'markdown' | 'latex' | 'plaintext';

export interface Mitigation {
  /** 'negation' for a cue like "no ... will leave", 'phrase' for a stated mitigation. */
  kind: 'negation' | 'phrase';
  /** The words in the draft that were read as the mitigation. */
  text: string;
  /** The risk the finding had before the mitigation lowered it. */
  originalRisk: Risk;
}

export interface Finding {
  ruleId: string;
  category: FindingCategory;
  risk: Risk;
  /** Offsets in the source text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  text: string;
  message: string;
  guidance: string;
  laws: string[];
  title?: string;
  mitigation?: Mitigation;
  accepted?: { reason: string };
}
