// Tender board placeholder until the tender search and lifecycle features land.
import { FileSearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../shared/PlaceholderPage';

export function TendersPage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage
      title={t('tenders.title')}
      lead={t('tenders.lead')}
      comingTitle={t('tenders.comingTitle')}
      comingDetail={t('tenders.comingDetail')}
      icon={<FileSearchOutlined />}
    />
  );
}
