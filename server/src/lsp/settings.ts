// Caveat's settings as the server reads them (contributes.configuration in package.json).
import { CATEGORIES, type Category, JURISDICTIONS, type JurisdictionProfile, type Language, RISKS, type Risk } from '../engine';

export interface CaveatSettings {
  enable: boolean;
  minRisk: Risk;
  categories: Category[];
  /** The risk each category is reported at, where it differs from the rule's. */
  severity: Partial<Record<Category, Risk>>;
  /** Whose laws and guidance come first in hovers and reports. */
  jurisdiction: JurisdictionProfile;
  rulePacks: string[];
  /** The formats Caveat reads in the editor. */
  languages: Language[];
  /** Off for institutions (and tests) that use only their own packs. */
  useBundledRules: boolean;
  reviewedPartnersFile: string;
  debounceMs: number;
  maxDocumentKB: number;
}

export const DEFAULT_SETTINGS: CaveatSettings = {
  enable: true,
  minRisk: 'green',
  categories: [...CATEGORIES],
  severity: {},
  jurisdiction: 'EU',
  rulePacks: [],
  languages: ['markdown', 'latex', 'plaintext'],
  useBundledRules: true,
  reviewedPartnersFile: '.caveat/reviewed-partners.yaml',
  debounceMs: 250,
  maxDocumentKB: 32 * 1024,
};

/** Accepts whatever the client sends and falls back to defaults field by field. */
export function normalizeSettings(raw: unknown): CaveatSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const categories = Array.isArray(s.categories)
    ? s.categories.filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c))
    : d.categories;
  const severity: Partial<Record<Category, Risk>> = {};
  if (s.severity && typeof s.severity === 'object') {
    for (const [category, risk] of Object.entries(s.severity as Record<string, unknown>)) {
      if ((CATEGORIES as readonly string[]).includes(category) && (RISKS as readonly string[]).includes(risk as string))
        severity[category as Category] = risk as Risk;
    }
  }
  return {
    severity,
    jurisdiction: (JURISDICTIONS as readonly string[]).includes(s.jurisdiction as string)
      ? (s.jurisdiction as CaveatSettings['jurisdiction'])
      : d.jurisdiction,
    enable: typeof s.enable === 'boolean' ? s.enable : d.enable,
    minRisk: (RISKS as readonly string[]).includes(s.minRisk as string) ? (s.minRisk as Risk) : d.minRisk,
    categories,
    rulePacks: Array.isArray(s.rulePacks) ? s.rulePacks.filter((p): p is string => typeof p === 'string' && p.length > 0) : d.rulePacks,
    languages: Array.isArray(s.languages)
      ? s.languages.filter((l): l is Language => l === 'markdown' || l === 'latex' || l === 'plaintext')
      : d.languages,
    useBundledRules: typeof s.useBundledRules === 'boolean' ? s.useBundledRules : d.useBundledRules,
    reviewedPartnersFile: typeof s.reviewedPartnersFile === 'string' ? s.reviewedPartnersFile : d.reviewedPartnersFile,
    debounceMs: typeof s.debounceMs === 'number' && s.debounceMs >= 0 ? Math.min(s.debounceMs, 5000) : d.debounceMs,
    maxDocumentKB: typeof s.maxDocumentKB === 'number' && s.maxDocumentKB > 0 ? s.maxDocumentKB : d.maxDocumentKB,
  };
}
