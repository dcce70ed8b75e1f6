// Statistics dashboard placeholder until the indicator system lands.
import { LineChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../shared/PlaceholderPage';

export function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage
      title={t('statistics.title')}
      lead={t('statistics.lead')}
      comingTitle={t('statistics.comingTitle')}
      comingDetail={t('statistics.comingDetail')}
      icon={<LineChartOutlined />}
    />
  );
}
