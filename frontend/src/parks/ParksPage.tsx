// Park directory placeholder until parks, space units and incentives land.
import { BankOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../shared/PlaceholderPage';

export function ParksPage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage
      title={t('parks.title')}
      lead={t('parks.lead')}
      comingTitle={t('parks.comingTitle')}
      comingDetail={t('parks.comingDetail')}
      icon={<BankOutlined />}
    />
  );
}
