import { readFileSync } from 'node:fs';
import { dataFile } from '../data-paths';
import type { ListRecord } from '../list-record';
import { cleanName } from '../normalise-name';
import { wordDateToIso } from '../parse-dates';
import { parseCsvWithHeader } from '../read-csv';

// FCC Covered List (Secure and Trusted Communications Networks Act, section 2). Items are
// sentences ("Telecommunications equipment produced by Huawei Technologies Company, …"), some
// about whole product classes or non-Chinese firms. We pull out the named company; the merger
// keeps it only when another China list has the same company or the name says China.

const FILE = 'us-fcc-covered-list.csv';

/** The company named in a Covered List item, if the item names one. */
export function coveredCompany(item: string): string | undefined {
  const m =
    /(?:produced by|provided by|supplied, directly or indirectly, by)\s+(.+?)(?:,| subject to| to the extent| including| or any|$)/.exec(
      item,
    );
  if (!m) return undefined;
  return cleanName(m[1].split(/\s+and its\s+/)[0]);
}

export interface FccRecord extends ListRecord {
  needsOtherList: boolean;
}

export function readFccCoveredList(): FccRecord[] {
  const records: FccRecord[] = [];
  for (const row of parseCsvWithHeader(readFileSync(dataFile(FILE), 'utf8'))) {
    const name = coveredCompany(row.covered_equipment_or_services);
    if (!name) continue;
    const date = wordDateToIso(row.date_of_inclusion_on_covered_list) ?? '';
    records.push({
      list: 'us-fcc-covered-list',
      name,
      aliases: [],
      chineseNames: [],
      citation: `FCC Covered List (47 CFR 1.50002), item added ${date}`,
      date,
      current: true,
      needsOtherList: !/\bChina\b/.test(name),
    });
  }
  return records;
}
