import { readFileSync } from 'node:fs';
import { dataFile } from '../data-paths';
import type { ListRecord } from '../list-record';
import { addTo } from '../multimap';
import { cleanName, mergeKey } from '../normalise-name';
import { wordDateToIso } from '../parse-dates';
import { parseCsvWithHeader } from '../read-csv';

// DoD section 1286 lists (FY2019 NDAA): foreign institutions of concern and foreign talent
// programmes, one block per fiscal-year edition. Only the latest edition states a country, so
// entries seen only in older editions are kept as history and must be confirmed by another
// China list before they become a rule (see `needsOtherList`).

const FILE = 'us-dod-section-1286-institutions-and-talent-programs.csv';

export interface Section1286Record extends ListRecord {
  /** True when nothing in this list says the entry is Chinese. */
  needsOtherList: boolean;
}

/** Publication month from the release URL (".../2026/07/..." or ".../2023/Jun/29/..."), else "FY2024". */
export function publicationDate(url: string, fiscalYear: string): string {
  const numeric = /\/(20\d\d)\/(\d\d)\//.exec(url);
  if (numeric) return `${numeric[1]}-${numeric[2]}`;
  const worded = /\/(20\d\d)\/([A-Z][a-z]{2})\/(\d\d)\//.exec(url);
  if (worded) return wordDateToIso(`${worded[3]} ${worded[2]} ${worded[1]}`) ?? `FY${fiscalYear}`;
  return `FY${fiscalYear}`;
}

export function readSection1286List(): { latestEdition: string; records: Section1286Record[] } {
  const rows = parseCsvWithHeader(readFileSync(dataFile(FILE), 'utf8'));
  const latestEdition =
    rows
      .map((r) => r['report-date'])
      .sort()
      .at(-1) ?? '';
  const byName = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    const key = mergeKey(row.name);
    addTo(byName, key, row);
  }
  const records: Section1286Record[] = [];
  for (const entryRows of byName.values()) {
    entryRows.sort((a, b) => a['report-date'].localeCompare(b['report-date']));
    const latest = entryRows.at(-1) as Record<string, string>;
    const country = latest.country;
    if (country && country !== 'China') continue;
    const editions = [...new Set(entryRows.map((r) => `FY${r['report-date']}`))];
    const current = latest['report-date'] === latestEdition;
    // Table 2 (talent programmes) has no country in any edition.
    const isTalentProgramme = !country && current && /\b(talents?|scholars?|plan|program|programme|project)\b/i.test(latest.name);
    records.push({
      list: 'us-section-1286',
      name: cleanName(latest.name),
      aliases: [
        ...new Set(
          entryRows
            .flatMap((r) => r.aliases.split(';'))
            .map(cleanName)
            .filter(Boolean),
        ),
      ],
      chineseNames: [],
      citation: `DoD section 1286 list, ${editions.at(-1)} edition; ${latest.source_url}`,
      date: publicationDate(latest.source_url, latest['report-date']),
      current,
      editions,
      isTalentProgramme,
      category: isTalentProgramme ? 'talent programme' : 'institution',
      needsOtherList: !isTalentProgramme && country !== 'China',
    });
  }
  return { latestEdition: `FY${latestEdition}`, records };
}
