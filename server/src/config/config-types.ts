// The shape of a `.caveat.yaml` once loaded: paths resolved against the folder of the file.
import type { Category, JurisdictionProfile, Risk } from '../engine';

export { JURISDICTIONS } from '../engine';
/** The jurisdiction profile a configuration names (one list, in the engine). */
export type Jurisdiction = JurisdictionProfile;

/** The kinds of drafts the CLI can read. */
export const DRAFT_KINDS = ['markdown', 'latex', 'plaintext', 'docx', 'pdf'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export interface CaveatConfig {
  /** Absolute path of the configuration file; undefined for the built-in defaults. */
  file?: string;
  /** Folder that relative paths and globs in the file are resolved against. */
  dir: string;
  minRisk?: Risk;
  categories?: Category[];
  severity: Partial<Record<Category, Risk>>;
  jurisdiction?: Jurisdiction;
  /** Absolute paths of extra rule packs. */
  rulePacks: string[];
  /** Absolute path of the reviewed-partner list. */
  reviewedPartners?: string;
  include?: string[];
  exclude?: string[];
  languages?: DraftKind[];
}

/** A problem in a configuration file, shown as file:line:column like a compiler error. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function defaultConfig(dir: string): CaveatConfig {
  return { dir, severity: {}, rulePacks: [] };
}
