// A vendor's applications and leases: where each stands, the space, rent and term, and why an
// application was rejected or a lease terminated.
import '../parks/parks.css';
import { Alert, Button, Card, Empty, Result, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../parks/format';
import { useLoad } from '../parks/useLoad';
import { tenancyApi } from './api';
import { lastDay } from './dates';
import { LeaseStatusTag } from './LeaseStatusTag';
import { leasedSpace } from './space';
import type { Lease } from './types';

export function MyLeasesPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useSession();
  const location = useLocation();
  const [state] = useLoad(tenancyApi.mine);
  const applied = (location.state as { applied?: boolean } | null)?.applied === true;

  if (me?.organisation.kind !== 'VENDOR') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('tenancy.apply.onlyVendors')}
      />
    );
  }
  const columns: TableColumnsType<Lease> = [
    {
      key: 'park',
      title: t('tenancy.park'),
      render: (_v, lease) => (
        <Link to={`/parks/${lease.parkId}`}>
          {language === 'en' && lease.parkNameEn ? lease.parkNameEn : lease.parkNameZh}
        </Link>
      ),
    },
    {
      key: 'space',
      title: t('tenancy.space'),
      render: (_v, lease) => leasedSpace(lease, language, t),
    },
    {
      key: 'rent',
      title: t('tenancy.monthlyRent'),
      align: 'right',
      render: (_v, lease) =>
        lease.monthlyRent === null ? '—' : formatNumber(lease.monthlyRent, language, 2),
    },
    { key: 'start', title: t('tenancy.start'), dataIndex: 'startDate' },
    {
      key: 'last',
      title: t('tenancy.lastDay'),
      render: (_v, lease) => lastDay(lease.endDate),
    },
    {
      key: 'status',
      title: t('tenancy.statusTitle'),
      render: (_v, lease) => (
        <LeaseStatusTag status={lease.status} testId={`my-lease-status-${lease.id}`} />
      ),
    },
    {
      key: 'reason',
      title: t('tenancy.reason'),
      render: (_v, lease) => lease.rejectionReason ?? lease.terminationReason ?? '',
    },
  ];
  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('tenancy.mine.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('tenancy.mine.lead')}
      </Typography.Paragraph>
      {applied && (
        <Alert
          type="success"
          showIcon
          title={t('tenancy.apply.submitted')}
          data-testid="apply-success"
          className="waibao-card-gap"
        />
      )}
      <Card>
        {state.kind === 'failed' && (
          <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
        )}
        <Table<Lease>
          data-testid="my-leases"
          rowKey="id"
          columns={columns}
          loading={state.kind === 'loading'}
          dataSource={state.kind === 'loaded' ? state.value : []}
          pagination={false}
          onRow={(lease) => ({ 'data-testid': `my-lease-${lease.id}` }) as object}
          locale={{
            emptyText: (
              <Empty description={t('tenancy.mine.empty')}>
                <Link to="/parks">
                  <Button>{t('tenancy.mine.browseParks')}</Button>
                </Link>
              </Empty>
            ),
          }}
          scroll={{ x: true }}
        />
      </Card>
    </section>
  );
}
