// Sign-in placeholder: the header's sign-in button leads here until accounts land.
import { LoginOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../shared/PlaceholderPage';

export function SignInPage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage
      title={t('signIn.title')}
      lead={t('signIn.lead')}
      comingTitle={t('signIn.comingTitle')}
      comingDetail={t('signIn.comingDetail')}
      icon={<LoginOutlined />}
    />
  );
}
