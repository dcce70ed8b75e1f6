// The province's calendar, on which the server judges every day (China Standard Time).

/**
 * Today on the province's calendar ("2026-11-28"): the server judges lease and payment days in
 * China Standard Time, so a browser elsewhere (or a machine on UTC just after 16:00) must not
 * offer its own date, which may already be yesterday there.
 */
export function provinceToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
