// A park operator's parks: open one to edit it and its units, or create a new one.
import './parks.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { parksApi } from './api';
import { formatNumber } from './format';
import { LevelTag } from './LevelTag';
import type { ParkSummary } from './types';
import { useLoad } from './useLoad';

export function ManageParksPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useSession();
  const [state] = useLoad(parksApi.mine);
  if (me?.organisation.kind !== 'PARK_OPERATOR') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('parks.manage.onlyOperators')}
      />
    );
  }
  const columns: TableColumnsType<ParkSummary> = [
    {
      key: 'name',
      title: t('parks.name'),
      render: (_v, park) => (
        <Link to={`/manage/parks/${park.id}`} data-testid={`manage-park-${park.id}`}>
          {localName(park, language)}
        </Link>
      ),
    },
    {
      key: 'level',
      title: t('parks.levelTitle'),
      render: (_v, park) => <LevelTag level={park.level} />,
    },
    {
      key: 'available',
      title: t('parks.availableArea'),
      align: 'right',
      render: (_v, park) => `${formatNumber(park.capacity.availableArea, language)} m²`,
    },
    {
      key: 'units',
      title: t('parks.units'),
      align: 'right',
      render: (_v, park) => park.capacity.unitCount,
    },
    {
      key: 'leases',
      title: t('tenancy.manage.link'),
      render: (_v, park) => (
        <Link to={`/manage/parks/${park.id}/leases`} data-testid={`manage-park-leases-${park.id}`}>
          {t('tenancy.manage.link')}
        </Link>
      ),
    },
  ];
  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('parks.manage.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('parks.manage.lead')}
      </Typography.Paragraph>
      <Card
        extra={
          <Link to="/manage/parks/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="park-new">
              {t('parks.manage.new')}
            </Button>
          </Link>
        }
      >
        {state.kind === 'failed' && (
          <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
        )}
        <Table<ParkSummary>
          data-testid="my-parks"
          rowKey="id"
          columns={columns}
          loading={state.kind === 'loading'}
          dataSource={state.kind === 'loaded' ? state.value : []}
          pagination={false}
        />
      </Card>
    </section>
  );
}
