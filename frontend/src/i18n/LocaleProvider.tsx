// Keeps Ant Design's built-in texts (pagination, empty states, pickers) in the UI language.
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './index';

const antdLocales: Record<Language, Locale> = { 'zh-CN': zhCN, en: enUS };

export function LocaleProvider({ children }: { children: ReactNode }) {
  // Subscribes to language changes; the value itself is read through currentLanguage().
  useTranslation();
  return (
    <ConfigProvider
      locale={antdLocales[currentLanguage()]}
      theme={{ token: { colorPrimary: '#1d4ed8', borderRadius: 6 } }}
    >
      {children}
    </ConfigProvider>
  );
}
