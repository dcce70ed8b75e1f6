// Toggles the UI between Simplified Chinese and English; the button names the language it switches to.
import { TranslationOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button
      type="text"
      className="waibao-header-button"
      icon={<TranslationOutlined />}
      data-testid="language-switch"
      title={t('language.switchLabel')}
      lang={next}
      onClick={() => void changeLanguage(next)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
