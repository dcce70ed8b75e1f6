// The one i18next instance: Simplified Chinese by default, English on request, the choice kept in
// localStorage so it survives reloads.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enCatalog, zhCNCatalog } from './catalog';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'waibao.language';

export const resources = {
  'zh-CN': { translation: zhCNCatalog },
  en: { translation: enCatalog },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (privacy modes); the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers the user's choice. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisted, but the switch itself must still happen.
  }
  await i18n.changeLanguage(language);
}

// Registered before init so that the initial language reaches <html lang> and the title as well.
i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
  document.title = i18n.t('app.documentTitle');
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  load: 'currentOnly',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export default i18n;
