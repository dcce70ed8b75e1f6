// How a ranking's parts and unmet requirements read in the UI language.
import type { TFunction } from 'i18next';
import type { Unmet } from './types';

/** "CMMI:3" → CMMI level 3 or higher; "ISO_IEC_27001" → ISO/IEC 27001. */
export function certificationName(type: string): string {
  if (type === 'SOC1_SAS70') return 'SOC 1 / SAS 70';
  return type.replace(/^ISO_IEC_/, 'ISO/IEC ');
}

export function unmetText(unmet: Unmet, t: TFunction): string {
  switch (unmet.requirement) {
    case 'headcount':
      return t('matching.unmet.headcount', { minimum: unmet.value });
    case 'language':
      return t('matching.unmet.language', { language: unmet.value });
    case 'capability':
      return t('matching.unmet.capability', { capability: unmet.value });
    case 'certification': {
      const [type, level] = unmet.value.split(':');
      const name = certificationName(type ?? unmet.value);
      return level
        ? t('matching.unmet.certificationLevel', { name, level })
        : t('matching.unmet.certification', { name });
    }
    default:
      return unmet.value;
  }
}
