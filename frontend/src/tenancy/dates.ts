// Lease days. The API's end dates are exclusive (the first day the space is free again); people
// read a lease's last day, so the pages show end − 1 day and send last day + 1 day.

function shift(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}

/** The last day a lease ending (exclusively) on `endDate` covers. */
export function lastDay(endDate: string): string {
  return shift(endDate, -1);
}

/** The exclusive end of a lease whose last day is `day`. */
export function endAfter(day: string): string {
  return shift(day, 1);
}

/** "2026-03" from "2026-03-01". */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}
