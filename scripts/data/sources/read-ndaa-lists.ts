import { readFileSync } from 'node:fs';
import { dataFile } from '../data-paths';
import type { ListId, ListRecord } from '../list-record';
import { cleanName } from '../normalise-name';
import { parseCsvWithHeader } from '../read-csv';

// Companies named in statute: FY2019 NDAA section 889 (telecoms and video surveillance),
// FY2023 NDAA section 5949 (semiconductors), FY2024 NDAA section 154 (batteries). All are
// Chinese companies; the law itself is the official citation.

const FILES: { list: ListId; file: string; citation: string }[] = [
  { list: 'us-ndaa-889', file: 'us-ndaa-section-889-covered-companies.csv', citation: 'FY2019 NDAA (Pub. L. 115-232) section 889' },
  {
    list: 'us-ndaa-5949',
    file: 'us-ndaa-section-5949-semiconductor-companies.csv',
    citation: 'FY2023 NDAA (Pub. L. 117-263) section 5949',
  },
  { list: 'us-ndaa-154', file: 'us-ndaa-section-154-battery-companies.csv', citation: 'FY2024 NDAA (Pub. L. 118-31) section 154' },
];

export function readNdaaLists(): ListRecord[] {
  return FILES.flatMap(({ list, file, citation }) =>
    parseCsvWithHeader(readFileSync(dataFile(file), 'utf8')).map((row) => ({
      list,
      name: cleanName(row.name),
      aliases: row.aliases ? row.aliases.split(';').map(cleanName) : [],
      chineseNames: [],
      citation: `${citation}; ${row.source_url}`,
      // Section 154 gives the enactment date; 889 and 5949 give none in this transcription.
      date: /^\d{4}-\d\d-\d\d$/.test(row['report-date']) ? row['report-date'] : '',
      current: true,
    })),
  );
}
