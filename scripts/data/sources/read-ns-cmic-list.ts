import { readFileSync } from 'node:fs';
import { dataFile } from '../data-paths';
import type { ListRecord } from '../list-record';
import { addTo } from '../multimap';
import { cleanName, titleCaseIfShouting } from '../normalise-name';
import { wordDateToIso } from '../parse-dates';
import { parseCsv } from '../read-csv';

// OFAC Non-SDN Chinese Military-Industrial Complex Companies (NS-CMIC) list, from OFAC's own
// consolidated export (CONS_PRIM/ALT). SOURCES.md prefers it to the PDF-derived nsfreg copy,
// whose aliases are partly mis-assigned. The files have no header; "-0-" means empty.

const PRIM = 'ofac-non-sdn-consolidated-cons_prim.csv';
const ALT = 'ofac-non-sdn-consolidated-cons_alt.csv';
export const CMIC_SNAPSHOT_DATE = '2025-12-19';

function readOfac(file: string): string[][] {
  const text = readFileSync(dataFile(file), 'latin1').replace(/\x1a/g, '');
  return parseCsv(text).map((row) => row.map((cell) => (cell.trim() === '-0-' ? '' : cell.trim())));
}

export function readNsCmicList(): ListRecord[] {
  const aliases = new Map<string, string[]>();
  for (const [entNum, , , altName] of readOfac(ALT)) {
    if (altName) addTo(aliases, entNum, altName);
  }
  return readOfac(PRIM)
    .filter((row) => /CMIC/.test(row[3] ?? ''))
    .map(([entNum, name, , , , , , , , , , remarks = '']) => {
      const listed = /Listing Date \(CMIC\) ([^;.]+)/.exec(remarks)?.[1] ?? '';
      return {
        list: 'us-ns-cmic',
        name: titleCaseIfShouting(cleanName(name)),
        aliases: (aliases.get(entNum) ?? []).map((a) => titleCaseIfShouting(cleanName(a))),
        chineseNames: [],
        citation: `OFAC NS-CMIC List (E.O. 13959 as amended by E.O. 14032), entry ${entNum}`,
        date: wordDateToIso(listed) ?? CMIC_SNAPSHOT_DATE,
        current: true,
        recordId: entNum,
      } satisfies ListRecord;
    });
}
