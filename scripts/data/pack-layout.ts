import type { ListRecord } from './list-record';

// Which generated pack a rule goes to: split by source family so each file stays reviewable.

export type PackId =
  | 'partners-defence-universities'
  | 'partners-military-companies'
  | 'partners-institutions-of-concern'
  | 'partners-entity-list'
  | 'talent-programmes-lists';

export const PACKS: Record<PackId, { title: string; description: string }> = {
  'partners-defence-universities': {
    title: "Partners: institutions in ASPI's China Defence Universities Tracker",
    description:
      'Universities, PLA and police academies, defence conglomerates and research institutes rated by ASPI (2020), merged with any US list that names them.',
  },
  'partners-military-companies': {
    title: 'Partners: Chinese military companies and military end users on US lists',
    description:
      'Companies on the DoD 1260H list, the OFAC NS-CMIC list, the BIS Military End-User and military-intelligence end-user lists, NDAA sections 889, 5949 and 154, and the FCC Covered List.',
  },
  'partners-institutions-of-concern': {
    title: 'Partners: institutions on the DoD section 1286 list',
    description:
      'Chinese institutions the US Defense Department lists under section 1286 of the FY2019 NDAA, merged with any other US list entry.',
  },
  'partners-entity-list': {
    title: 'Partners: other Chinese entries on the US Entity List',
    description: 'China, Hong Kong and Macau entries on the BIS Entity List (15 CFR 744 Supp. 4) not covered by the other partner packs.',
  },
  'talent-programmes-lists': {
    title: 'Talent programmes named on US government lists',
    description: 'Foreign talent recruitment programmes named by the US Defense Department under section 1286 of the FY2019 NDAA.',
  },
};

const MILITARY_COMPANY_LISTS = new Set([
  'us-1260h-list',
  'us-ns-cmic',
  'us-meu-list',
  'us-mieu-list',
  'us-ndaa-889',
  'us-ndaa-5949',
  'us-ndaa-154',
  'us-fcc-covered-list',
]);

export function choosePack(records: ListRecord[], talent: boolean): PackId {
  if (talent) return 'talent-programmes-lists';
  if (records.some((r) => r.list === 'aspi-unitracker')) return 'partners-defence-universities';
  if (records.some((r) => MILITARY_COMPANY_LISTS.has(r.list))) return 'partners-military-companies';
  if (records.some((r) => r.list === 'us-section-1286')) return 'partners-institutions-of-concern';
  return 'partners-entity-list';
}
