// The shape of rules as authored in rules/packs/*.yaml (see rules/schema/rule-pack.schema.json).
import type { Category, Risk } from '../types';

export interface RuleSource {
  document: string;
  section?: string;
  record?: string;
  citation?: string;
  date?: string;
  lists?: { list: string; entry?: string; citation?: string; date?: string; rating?: string }[];
}

export interface RuleMatch {
  phrases?: string[];
  exact_phrases?: string[];
  abbreviations?: string[];
  context?: string[];
  patterns?: string[];
  with?: string[][];
  not_within?: string[];
}

export interface RuleUnless {
  phrases?: string[];
  negation?: boolean;
  effect?: 'hint' | 'drop' | 'note';
}

export interface Rule {
  id: string;
  category: Category;
  risk: Risk;
  title: string;
  message: string;
  guidance: string;
  laws?: string[];
  tags?: string[];
  source: RuleSource;
  match: RuleMatch;
  unless?: RuleUnless;
  examples: string[];
  near_misses: string[];
  /** Set by the loader: the pack the rule came from, and its file. */
  pack?: string;
  file?: string;
}

export interface RulePack {
  pack: string;
  version: string;
  title: string;
  description?: string;
  data_date?: string;
  generated_by?: string;
  rules: Rule[];
  /** Set by the loader. */
  file?: string;
}

/** A problem with a rule file: shown with file, line and column, never thrown. */
export interface RuleProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface LoadedRules {
  packs: RulePack[];
  rules: Rule[];
  problems: RuleProblem[];
}
