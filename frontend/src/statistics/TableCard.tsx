// One dashboard table: its chart (ECharts, loaded lazily), the rows, and CSV/XLSX downloads of
// exactly what is shown, filters included.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table as AntTable, Typography } from 'antd';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../accounts/serverErrors';
import { currentLanguage } from '../i18n';
import { saveBlob, statisticsApi, type Filters, type Row, type Table } from './api';
import { chartData, rowKey, shownColumns } from './chartData';
import { CHARTED, formatCell } from './format';

const Chart = lazy(() => import('./Chart'));

export function TableCard({ table, filters }: { table: Table; filters: Filters }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const locale = language === 'en' ? 'en-US' : 'zh-CN';
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const charted = CHARTED[table.id] ?? 'tenders';
  const subsidies = table.id === 'subsidies';

  const { periods, series } = useMemo(
    () =>
      chartData(table, charted, (measure, type) =>
        t(`dashboard.subsidyChart.${measure}`, { type }),
      ),
    [table, charted, t],
  );

  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setFailure(null);
    try {
      const blob = await statisticsApi.exportTable(table.id, format, filters, language);
      saveBlob(blob, `waibao-${table.id}-${filters.from}-${filters.to}.${format}`);
    } catch (error) {
      setFailure(t('dashboard.downloadFailed', { message: describeError(error, t) }));
    } finally {
      setBusy(null);
    }
  };

  const columns = shownColumns(table).map((column) => ({
    key: column.key,
    dataIndex: column.key,
    title: t(`dashboard.column.${column.key}` as 'dashboard.column.period'),
    align:
      column.type === 'period' || column.type === 'text' ? ('left' as const) : ('right' as const),
    render: (value: unknown, row: Row) => {
      const suppressed = Array.isArray(row.suppressed) && row.suppressed.includes(column.key);
      return suppressed ? (
        <Typography.Text type="secondary">{t('dashboard.suppressed')}</Typography.Text>
      ) : (
        formatCell(value, column, locale)
      );
    },
  }));

  return (
    <Card
      className="statistics-table"
      data-table={table.id}
      title={t(`dashboard.table.${table.id}`)}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'csv'}
            onClick={() => void download('csv')}
            data-export="csv"
          >
            {t('dashboard.downloadCsv')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'xlsx'}
            onClick={() => void download('xlsx')}
            data-export="xlsx"
          >
            {t('dashboard.downloadXlsx')}
          </Button>
        </Space>
      }
    >
      {failure && <Alert className="statistics-note" type="error" showIcon title={failure} />}
      {table.rows.length > 0 && (
        <Suspense fallback={<div className="statistics-chart" />}>
          <Chart
            periods={periods}
            series={series}
            label={
              subsidies
                ? t('dashboard.subsidyChart.amount')
                : t(`dashboard.column.${charted}` as 'dashboard.column.period')
            }
          />
        </Suspense>
      )}
      <AntTable
        size="small"
        rowKey={rowKey}
        columns={columns}
        dataSource={table.rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('dashboard.empty') }}
      />
      {table.id === 'market' && (
        <Alert
          className="statistics-note"
          type="info"
          showIcon
          title={t('dashboard.suppressedNote')}
        />
      )}
      {subsidies && (
        <Typography.Paragraph type="secondary" className="statistics-note">
          {t('dashboard.subsidiesNote')}
        </Typography.Paragraph>
      )}
      {table.notApplicable.length > 0 && (
        <Typography.Paragraph type="secondary" className="statistics-note">
          {t('dashboard.notApplicable', { filters: table.notApplicable.join('; ') })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" className="statistics-note">
        {t('dashboard.source', { source: table.source })}
      </Typography.Paragraph>
    </Card>
  );
}
