// A client's own tenders, drafts included, with the way to draft a new one.
import { FileAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../accounts/useSession';
import './tenders.css';
import { TenderTable } from './TenderTable';
import { TENDER_STATUSES, type TenderStatus } from './types';
import { PAGE_SIZE, useTenderList } from './useTenderList';

function MyTenders() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { status, result, error, loading, setStatus, setPage } = useTenderList(true);
  return (
    <section className="waibao-page">
      <div className="waibao-tender-heading">
        <Typography.Title level={2} data-testid="page-title">
          {t('tenders.mine.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<FileAddOutlined />}
          data-testid="my-tenders-new"
          onClick={() => void navigate('/tenders/new')}
        >
          {t('tenders.new')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('tenders.mine.lead')}
      </Typography.Paragraph>
      <Card>
        <Space wrap className="waibao-tender-filters">
          <Select<TenderStatus>
            allowClear
            className="waibao-tender-filter"
            placeholder={t('tenders.filterStatus')}
            data-testid="my-tenders-filter-status"
            value={status}
            onChange={(value?: TenderStatus) => setStatus(value)}
            options={TENDER_STATUSES.map((s) => ({ value: s, label: t(`tenders.status.${s}`) }))}
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
          testId="my-tenders-table"
          result={result}
          loading={loading}
          pageSize={PAGE_SIZE}
          showClient={false}
          onPage={setPage}
        />
      </Card>
    </section>
  );
}

export function MyTendersPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (me?.organisation.kind !== 'CLIENT') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('tenders.onlyClients')}
      />
    );
  }
  return <MyTenders />;
}
