import { readFileSync } from 'node:fs';
import { dataFile } from '../data-paths';
import type { ListRecord } from '../list-record';
import { addTo } from '../multimap';
import { cleanName, mergeKey } from '../normalise-name';
import { parseCsvWithHeader } from '../read-csv';
import { readNsfregFile } from './read-nsfreg-list';

// DoD section 1260H list of "Chinese military companies". OpenSanctions transcribed every
// edition (2021-2026), one row per company per edition; the latest edition is the current list
// and earlier ones are history. The Federal Register notice (91 FR 35189, parsed by nsfreg)
// adds the official citation and a few aliases for the current entries.

const FILE = 'us-dod-1260h-chinese-military-companies.csv';

export function read1260hList(): { latestEdition: string; records: ListRecord[] } {
  const rows = parseCsvWithHeader(readFileSync(dataFile(FILE), 'utf8'));
  const latestEdition =
    rows
      .map((r) => r['Start date'])
      .sort()
      .at(-1) ?? '';
  const latestUrl = rows.find((r) => r['Start date'] === latestEdition && r['Source Url'])?.['Source Url'] ?? '';
  const fr = readNsfregFile('us-1260h-list').records;
  const frByKey = new Map(fr.map((r) => [mergeKey(r.name), r]));
  const frCitation = fr[0]?.citation ?? '';

  const byCompany = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    const key = mergeKey(row['Clean Name'] || row.Name);
    addTo(byCompany, key, row);
  }
  const records: ListRecord[] = [];
  for (const companyRows of byCompany.values()) {
    companyRows.sort((a, b) => a['Start date'].localeCompare(b['Start date']));
    const editions = [...new Set(companyRows.map((r) => r['Start date']))];
    const latestRow = companyRows.at(-1) as Record<string, string>;
    const current = companyRows.some((r) => r['Start date'] === latestEdition && !r['End date']);
    const name = cleanName(latestRow['Clean Name'] || latestRow.Name);
    const fromFr = frByKey.get(mergeKey(name));
    const aliases = companyRows.flatMap((r) => [r.Alias, r['Previous Name'], cleanName(r['Clean Name'])]);
    if (fromFr) aliases.push(fromFr.name, ...fromFr.aliases);
    const citation = current
      ? [`DoD 1260H list, edition of ${latestEdition}`, latestUrl, fromFr ? frCitation : ''].filter(Boolean).join('; ')
      : `DoD 1260H list, editions of ${editions.join(', ')}; not in the edition of ${latestEdition}`;
    records.push({
      list: 'us-1260h-list',
      name,
      aliases: [...new Set(aliases.map(cleanName).filter((a) => a && a !== name))],
      chineseNames: [],
      citation,
      date: current ? latestEdition : (editions.at(-1) ?? ''),
      current,
      editions,
      parent: latestRow['Parent Name'] ? cleanName(latestRow['Parent Name']) : undefined,
    });
  }
  return { latestEdition, records };
}
