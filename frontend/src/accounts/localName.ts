// Names kept in Chinese and optionally English (organisations, cities), shown in the UI language.
import type { Language } from '../i18n';

export function localName(
  names: { nameZh: string; nameEn?: string | null },
  language: Language,
): string {
  return language === 'en' && names.nameEn ? names.nameEn : names.nameZh;
}
