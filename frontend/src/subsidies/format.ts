// Money and names for the subsidy pages, in the UI language.
import type { Language } from '../i18n';

export function money(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(value);
}

export function named(zh: string | null, en: string | null, language: Language): string {
  return (language === 'en' && en ? en : zh) ?? '';
}
