// Areas, seats and rents in the UI language.
import type { Language } from '../i18n';

export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: Math.max(fractionDigits, 2),
    minimumFractionDigits: fractionDigits,
  }).format(value);
}

/** Share of the leasable area that is available now, 0–100. */
export function availableShare(available: number, leasable: number): number {
  if (leasable <= 0) return 0;
  return Math.min(100, Math.round((available / leasable) * 100));
}
