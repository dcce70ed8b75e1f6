// A park operator's tenancy desk for one park: the applications queue (approve with units and rent,
// or reject with a reason), the leases (terminate one from a date) and the occupancy chart.
import '../parks/parks.css';
import { Alert, Button, Card, Result, Space, Spin, Table, Tabs, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { parksApi } from '../parks/api';
import { formatNumber } from '../parks/format';
import { useLoad } from '../parks/useLoad';
import { tenancyApi } from './api';
import { lastDay } from './dates';
import { ApproveModal, ReasonModal } from './DecisionModals';
import { LeaseStatusTag } from './LeaseStatusTag';
import { OccupancyCard } from './OccupancyCard';
import { leasedSpace, requestedSpace } from './space';
import type { Lease } from './types';

export function ParkLeasesPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useSession();
  const { id = '' } = useParams();
  const loadPark = useCallback(() => parksApi.park(id), [id]);
  const loadLeases = useCallback(() => tenancyApi.ofPark(id), [id]);
  const [park, reloadPark] = useLoad(loadPark);
  const [leases, reloadLeases] = useLoad(loadLeases);
  const [approving, setApproving] = useState<Lease | null>(null);
  const [rejecting, setRejecting] = useState<Lease | null>(null);
  const [terminating, setTerminating] = useState<Lease | null>(null);
  const [refresh, setRefresh] = useState(0);

  if (
    me?.organisation.kind !== 'PARK_OPERATOR' ||
    (park.kind === 'loaded' && park.value.operatorOrganisationId !== me.organisation.id)
  ) {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('tenancy.manage.onlyOperator')}
      />
    );
  }
  if (park.kind === 'loading') return <Spin size="large" />;
  if (park.kind !== 'loaded') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed', {
          message: park.kind === 'failed' ? park.message : t('parks.notFound'),
        })}
      />
    );
  }
  const all = leases.kind === 'loaded' ? leases.value : [];
  const applications = all.filter((l) => l.status === 'APPLIED');
  const decided = all.filter((l) => l.status !== 'APPLIED');
  const done = () => {
    setApproving(null);
    setRejecting(null);
    setTerminating(null);
    reloadLeases();
    reloadPark();
    setRefresh((n) => n + 1);
  };
  const tenant: TableColumnsType<Lease>[number] = {
    key: 'tenant',
    title: t('tenancy.tenant'),
    render: (_v, lease) =>
      localName({ nameZh: lease.vendorNameZh, nameEn: lease.vendorNameEn }, language),
  };

  const applicationColumns: TableColumnsType<Lease> = [
    tenant,
    {
      key: 'space',
      title: t('tenancy.space'),
      render: (_v, lease) => requestedSpace(lease, language, t),
    },
    { key: 'start', title: t('tenancy.start'), dataIndex: 'startDate' },
    {
      key: 'term',
      title: t('tenancy.term'),
      render: (_v, lease) => t('tenancy.termValue', { months: lease.termMonths }),
    },
    { key: 'message', title: t('tenancy.message'), dataIndex: 'message' },
    {
      key: 'actions',
      title: t('tenancy.actions'),
      render: (_v, lease) => (
        <Space>
          <Button
            type="primary"
            size="small"
            onClick={() => setApproving(lease)}
            data-testid={`approve-${lease.id}`}
          >
            {t('tenancy.manage.approve')}
          </Button>
          <Button
            danger
            size="small"
            onClick={() => setRejecting(lease)}
            data-testid={`reject-${lease.id}`}
          >
            {t('tenancy.manage.reject')}
          </Button>
        </Space>
      ),
    },
  ];
  const leaseColumns: TableColumnsType<Lease> = [
    tenant,
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
    { key: 'last', title: t('tenancy.lastDay'), render: (_v, lease) => lastDay(lease.endDate) },
    {
      key: 'status',
      title: t('tenancy.statusTitle'),
      render: (_v, lease) => (
        <LeaseStatusTag status={lease.status} testId={`lease-status-${lease.id}`} />
      ),
    },
    {
      key: 'reason',
      title: t('tenancy.reason'),
      render: (_v, lease) => lease.rejectionReason ?? lease.terminationReason ?? '',
    },
    {
      key: 'actions',
      title: t('tenancy.actions'),
      render: (_v, lease) =>
        (lease.status === 'APPROVED' || lease.status === 'ACTIVE') && (
          <Button
            size="small"
            danger
            onClick={() => setTerminating(lease)}
            data-testid={`terminate-${lease.id}`}
          >
            {t('tenancy.manage.terminate')}
          </Button>
        ),
    },
  ];
  const table = (
    rows: Lease[],
    columns: TableColumnsType<Lease>,
    testId: string,
    empty: string,
  ) => (
    <Table<Lease>
      data-testid={testId}
      rowKey="id"
      columns={columns}
      loading={leases.kind === 'loading'}
      dataSource={rows}
      pagination={false}
      onRow={(lease) => ({ 'data-testid': `${testId}-row-${lease.id}` }) as object}
      locale={{ emptyText: empty }}
      scroll={{ x: true }}
    />
  );

  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('tenancy.manage.title', { park: localName(park.value, language) })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('tenancy.manage.lead')}{' '}
        <Link to={`/manage/parks/${park.value.id}`}>{t('parks.manage.title')}</Link>
      </Typography.Paragraph>
      {leases.kind === 'failed' && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: leases.message })} />
      )}
      <Card>
        <Tabs
          items={[
            {
              key: 'applications',
              label: (
                <span data-testid="tab-applications">
                  {t('tenancy.manage.applications')} ({applications.length})
                </span>
              ),
              children: table(
                applications,
                applicationColumns,
                'applications',
                t('tenancy.manage.noApplications'),
              ),
            },
            {
              key: 'leases',
              label: (
                <span data-testid="tab-leases">
                  {t('tenancy.manage.leases')} ({decided.length})
                </span>
              ),
              children: table(decided, leaseColumns, 'leases', t('tenancy.manage.noLeases')),
            },
          ]}
        />
      </Card>
      <OccupancyCard key={refresh} parkId={park.value.id} />
      <ApproveModal
        lease={approving}
        units={park.value.units}
        baseRent={park.value.baseRent}
        onClose={() => setApproving(null)}
        onDone={done}
      />
      <ReasonModal
        lease={rejecting}
        terminate={false}
        onClose={() => setRejecting(null)}
        onDone={done}
      />
      <ReasonModal
        lease={terminating}
        terminate
        onClose={() => setTerminating(null)}
        onDone={done}
      />
    </section>
  );
}
