// Vendor directory placeholder; vendors are the backend's `firms` feature, shown under /vendors.
import { TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../shared/PlaceholderPage';

export function VendorsPage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage
      title={t('vendors.title')}
      lead={t('vendors.lead')}
      comingTitle={t('vendors.comingTitle')}
      comingDetail={t('vendors.comingDetail')}
      icon={<TeamOutlined />}
    />
  );
}
