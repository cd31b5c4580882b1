// Dates in the lists come in many shapes ("5/21/19", "03 Jun 2021", "March 12, 2021",
// "12/23/2020"); rules carry ISO dates so they sort and display the same everywhere.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "5/21/19" or "12/23/2020" (US month/day/year) to yyyy-mm-dd. */
export function usSlashDateToIso(text: string): string | undefined {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{2,4})/.exec(text);
  if (!m) return undefined;
  let year = Number(m[3]);
  if (year < 100) year += year >= 90 ? 1900 : 2000;
  return `${year}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
}

/** "03 Jun 2021" or "March 12, 2021" to yyyy-mm-dd. */
export function wordDateToIso(text: string): string | undefined {
  const dayFirst = /(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})/.exec(text);
  if (dayFirst) {
    const month = MONTHS.indexOf(dayFirst[2].slice(0, 3).toLowerCase());
    if (month >= 0) return `${dayFirst[3]}-${pad(month + 1)}-${pad(Number(dayFirst[1]))}`;
  }
  const monthFirst = /([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  if (monthFirst) {
    const month = MONTHS.indexOf(monthFirst[1].slice(0, 3).toLowerCase());
    if (month >= 0) return `${monthFirst[3]}-${pad(month + 1)}-${pad(Number(monthFirst[2]))}`;
  }
  return undefined;
}

/** "2020-08" to "August 2020", "2026-06-08" to "8 June 2026" for messages. */
export function humanDate(iso: string): string {
  const long = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return `${long[m - 1]} ${y}`;
  return `${d} ${long[m - 1]} ${y}`;
}
