// A certification's name: its type, its level for CMMI/PCMM, or its own name for OTHER.
import type { TFunction } from 'i18next';
import { LANGUAGES, type CertificationType } from './types';

export function certificationLabel(
  t: TFunction,
  certification: { type: CertificationType; level: number | null; otherName: string | null },
): string {
  if (certification.type === 'OTHER' && certification.otherName) return certification.otherName;
  const name: string = t(`firms.certificationType.${certification.type}`);
  return certification.level
    ? String(t('firms.withLevel', { name, level: certification.level }))
    : name;
}

/** A working language's name in the UI language; the ISO code for one the UI does not name. */
export function languageName(t: TFunction, code: string): string {
  return (LANGUAGES as readonly string[]).includes(code)
    ? t(`firms.language.${code as (typeof LANGUAGES)[number]}`)
    : code;
}
