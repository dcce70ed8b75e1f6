// A page of tenders as a table: title, client, status, industry, city, budget and the bid deadline.
import { Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../accounts/format';
import { currentLanguage } from '../i18n';
import { nameOf, useReference } from '../reference/useReference';
import { Countdown } from './Countdown';
import { formatBudget } from './format';
import { StatusTag } from './StatusTag';
import type { TenderPage, TenderSummary } from './types';

export function TenderTable({
  result,
  loading,
  pageSize,
  showClient,
  onPage,
  testId,
}: {
  result: TenderPage | null;
  loading: boolean;
  pageSize: number;
  showClient: boolean;
  onPage: (page: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();

  const columns: TableColumnsType<TenderSummary> = [
    {
      key: 'title',
      title: t('tenders.field.title'),
      render: (_v, tender) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/tenders/${tender.id}`} data-testid={`tender-link-${tender.id}`}>
            {tender.title || t('tenders.untitled')}
          </Link>
          {showClient && <Typography.Text type="secondary">{tender.clientName}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('tenders.field.status'),
      render: (_v, tender) => <StatusTag status={tender.status} />,
    },
    {
      key: 'industry',
      title: t('tenders.field.clientIndustry'),
      responsive: ['md'],
      render: (_v, tender) =>
        tender.clientIndustry ? nameOf(reference?.industries, tender.clientIndustry, language) : '',
    },
    {
      key: 'city',
      title: t('tenders.field.city'),
      responsive: ['md'],
      render: (_v, tender) => (tender.city ? nameOf(reference?.cities, tender.city, language) : ''),
    },
    {
      key: 'budget',
      title: t('tenders.field.budget'),
      responsive: ['lg'],
      render: (_v, tender) => formatBudget(tender.budgetMin, tender.budgetMax, language),
    },
    {
      key: 'deadline',
      title: t('tenders.field.bidDeadline'),
      render: (_v, tender) =>
        tender.bidDeadline ? (
          <Space orientation="vertical" size={0}>
            <span>{formatDateTime(tender.bidDeadline, language)}</span>
            {tender.status === 'ACTIVE' && <Countdown until={tender.bidDeadline} />}
          </Space>
        ) : (
          ''
        ),
    },
  ];

  return (
    <Table<TenderSummary>
      data-testid={testId}
      rowKey="id"
      columns={columns}
      dataSource={result?.items ?? []}
      loading={loading}
      pagination={{
        current: (result?.page ?? 0) + 1,
        pageSize,
        total: result?.total ?? 0,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (total) => t('tenders.total', { total }),
        onChange: (next) => onPage(next - 1),
      }}
    />
  );
}
