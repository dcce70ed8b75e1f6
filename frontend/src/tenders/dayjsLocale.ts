// Date pickers name months and weekdays through dayjs, whose locale Ant Design's ConfigProvider does
// not set: the pages with pickers follow the UI language here.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { currentLanguage } from '../i18n';

export function useDayjsLocale(): void {
  const language = currentLanguage();
  useEffect(() => {
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  }, [language]);
}
