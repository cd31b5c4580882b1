import type { ListId } from './list-record';

// What Caveat says about each list, in its own words, and which law card explains it.
// `priority` orders lists when one entity is on several: the first names the rule's primary
// source (`source.document`) and supplies the display name.

export interface ListInfo {
  priority: number;
  /** Short name for messages: "the US Entity List". */
  label: string;
  /** Law card ids (rules/laws/<id>.yaml) that explain the consequences. */
  laws: string[];
  /** US government list: any current entry grades red. */
  usList: boolean;
}

export const LIST_CATALOGUE: Record<ListId, ListInfo> = {
  'aspi-unitracker': { priority: 0, label: "ASPI's China Defence Universities Tracker", laws: [], usList: false },
  'us-entity-list': { priority: 1, label: 'the US Entity List', laws: ['us-entity-list'], usList: true },
  'us-section-1286': { priority: 2, label: "the US Defense Department's section 1286 list", laws: ['us-section-1286'], usList: true },
  'us-1260h-list': {
    priority: 3,
    label: "the US Defense Department's 1260H list of Chinese military companies",
    laws: ['us-1260h-list'],
    usList: true,
  },
  'us-ns-cmic': { priority: 4, label: "OFAC's NS-CMIC list", laws: ['us-ns-cmic'], usList: true },
  'us-meu-list': { priority: 5, label: 'the US Military End-User list', laws: ['us-meu-list'], usList: true },
  'us-mieu-list': { priority: 6, label: 'the US list of military-intelligence end users', laws: ['us-meu-list'], usList: true },
  'us-ndaa-889': { priority: 7, label: 'section 889 of the US FY2019 NDAA', laws: ['us-ndaa-889'], usList: true },
  'us-ndaa-5949': { priority: 8, label: 'section 5949 of the US FY2023 NDAA', laws: ['us-ndaa-5949'], usList: true },
  'us-ndaa-154': { priority: 9, label: 'section 154 of the US FY2024 NDAA', laws: ['us-ndaa-154'], usList: true },
  'us-fcc-covered-list': { priority: 10, label: 'the FCC Covered List', laws: ['us-fcc-covered-list'], usList: true },
};

/** The EU dual-use regulation's military end-use catch-all applies to every red or orange partner. */
export const EU_DUAL_USE_LAW = 'eu-2021-821';

/** Talent programmes: disclosure duties (NSPM-33) and the CHIPS Act ban on malign programmes. */
export const TALENT_PROGRAMME_LAWS = ['us-chips-and-science-act', 'us-nspm-33'];
