// Money, deadlines and the time left until them, in the UI language.
import type { Language } from '../i18n';

export function formatMoney(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(value);
}

export function formatBudget(
  min: number | null | undefined,
  max: number | null | undefined,
  language: Language,
): string {
  if (min == null && max == null) return '';
  if (min == null) return `≤ ${formatMoney(max, language)}`;
  if (max == null) return `≥ ${formatMoney(min, language)}`;
  return `${formatMoney(min, language)} – ${formatMoney(max, language)}`;
}

export function formatNumber(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  // A calendar date (YYYY-MM-DD) is not an instant: format it without a time zone shift.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    ...(iso.length === 10 ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** What is left of `until` at `now` (both epoch ms), or null once it has passed. */
export function timeLeft(until: number, now: number): TimeLeft | null {
  const ms = until - now;
  if (!(ms > 0)) return null;
  const total = Math.ceil(ms / 1000);
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3_600),
    minutes: Math.floor((total % 3_600) / 60),
    seconds: total % 60,
  };
}

/** hh:mm:ss of a TimeLeft (days are shown separately). */
export function clock(left: TimeLeft): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(left.hours)}:${two(left.minutes)}:${two(left.seconds)}`;
}
