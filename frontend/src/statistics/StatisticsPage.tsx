// Statistics: the authority sees the province and the policy targets and corrects filings, a park
// operator its parks, a vendor the anonymised market and its own annual filings.
import { LineChartOutlined } from '@ant-design/icons';
import { Alert, Button, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../accounts/useSession';
import { DashboardView } from './DashboardView';
import { Filings } from './Filings';
import { Targets } from './Targets';
import './statistics.css';

export function StatisticsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const kind = me?.organisation.kind;

  const header = (
    <>
      <Typography.Title level={2}>
        <LineChartOutlined /> {t('dashboard.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('dashboard.lead')}</Typography.Paragraph>
    </>
  );

  if (me === null) {
    return (
      <div className="statistics-page">
        {header}
        <Alert
          type="info"
          showIcon
          title={t('dashboard.signInTitle')}
          description={t('dashboard.signInDetail')}
          action={
            <Link to="/sign-in">
              <Button type="primary">{t('dashboard.signIn')}</Button>
            </Link>
          }
        />
        <Typography.Paragraph className="statistics-note">
          <a href="/api/ocds/releases">{t('dashboard.openData')}</a>
        </Typography.Paragraph>
      </div>
    );
  }

  if (kind === 'CLIENT') {
    return (
      <div className="statistics-page">
        {header}
        <Alert type="info" showIcon title={t('dashboard.clientNote')} />
        <Typography.Paragraph className="statistics-note">
          <a href="/api/ocds/releases">{t('dashboard.openData')}</a>
        </Typography.Paragraph>
      </div>
    );
  }

  const tabs = [
    {
      key: 'dashboard',
      label: t('dashboard.tabs.dashboard'),
      children: <DashboardView market={kind === 'VENDOR'} />,
    },
    ...(kind === 'AUTHORITY' || kind === 'PARK_OPERATOR'
      ? [{ key: 'targets', label: t('dashboard.tabs.targets'), children: <Targets /> }]
      : []),
    ...(kind === 'AUTHORITY' || kind === 'VENDOR'
      ? [
          {
            key: 'filings',
            label: t('dashboard.tabs.filings'),
            children: <Filings authority={kind === 'AUTHORITY'} />,
          },
        ]
      : []),
  ];
  return (
    <div className="statistics-page">
      {header}
      <Tabs items={tabs} destroyOnHidden />
    </div>
  );
}
