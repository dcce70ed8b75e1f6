// Types every t('…') key against the Chinese resources, so a missing or misspelt key fails tsc.
import 'i18next';
import type { zhCNCatalog } from './catalog';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCNCatalog };
  }
}
