// The public tender board: published tenders, newest first, filtered by status, paged. Clients also
// find their own tenders and the wizard from here. (Full-text search comes with the search feature.)
import { FileAddOutlined, ProfileOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../accounts/useSession';
import './tenders.css';
import { TenderTable } from './TenderTable';
import { PUBLIC_STATUSES, type TenderStatus } from './types';
import { PAGE_SIZE, useTenderList } from './useTenderList';

export function TendersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const { status, result, error, loading, setStatus, setPage } = useTenderList(false);
  const isClient = me?.organisation.kind === 'CLIENT';

  return (
    <section className="waibao-page">
      <div className="waibao-tender-heading">
        <Typography.Title level={2} data-testid="page-title">
          {t('tenders.title')}
        </Typography.Title>
        {isClient && (
          <Space wrap>
            <Button
              icon={<ProfileOutlined />}
              data-testid="tenders-mine"
              onClick={() => void navigate('/my/tenders')}
            >
              {t('tenders.mine.title')}
            </Button>
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              data-testid="tenders-new"
              onClick={() => void navigate('/tenders/new')}
            >
              {t('tenders.new')}
            </Button>
          </Space>
        )}
      </div>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('tenders.lead')}
      </Typography.Paragraph>
      <Card>
        <Space wrap className="waibao-tender-filters">
          <Select<TenderStatus>
            allowClear
            className="waibao-tender-filter"
            placeholder={t('tenders.filterStatus')}
            data-testid="tenders-filter-status"
            value={status}
            onChange={(value?: TenderStatus) => setStatus(value)}
            options={PUBLIC_STATUSES.map((s) => ({ value: s, label: t(`tenders.status.${s}`) }))}
          />
        </Space>
        {error && (
          <Alert
            className="waibao-tender-gap"
            type="error"
            showIcon
            title={t('common.loadFailed', { message: error })}
          />
        )}
        <TenderTable
          testId="tenders-table"
          result={result}
          loading={loading}
          pageSize={PAGE_SIZE}
          showClient
          onPage={setPage}
        />
      </Card>
    </section>
  );
}
