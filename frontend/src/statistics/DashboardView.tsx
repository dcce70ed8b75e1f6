// The dashboard: filters (periods, range, city, category, industry, delivery mode, breakdown) and
// the tables the signed-in organisation may see, each with its chart and downloads.
import { Alert, Card, Form, Input, Select, Space, Spin, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../accounts/localName';
import { currentLanguage } from '../i18n';
import { useLoad } from '../parks/useLoad';
import { useReference } from '../reference/useReference';
import { statisticsApi, type Dashboard, type Filters, type GroupBy } from './api';
import { TableCard } from './TableCard';

const GROUPS: GroupBy[] = ['city', 'park', 'category', 'industry', 'deliveryMode'];

export function initialFilters(today = new Date()): Filters {
  const year = today.getFullYear();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    period: 'QUARTER',
    from: `${year}-01-01`,
    to: `${year}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`,
  };
}

export function DashboardView({ market }: { market: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const [filters, setFilters] = useState<Filters>(() =>
    market ? { ...initialFilters(), period: 'YEAR', groupBy: 'category' } : initialFilters(),
  );
  const load = useCallback(() => statisticsApi.dashboard(filters, language), [filters, language]);
  const [state] = useLoad<Dashboard>(load);
  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));
  const all = { value: '', label: t('dashboard.filters.all') };
  const groups = market ? (['category', 'industry'] as GroupBy[]) : GROUPS;

  return (
    <Space direction="vertical" size="large" className="statistics-dashboard">
      <Card size="small">
        <Form layout="inline" className="statistics-filters">
          <Form.Item label={t('dashboard.filters.period')}>
            <Select
              data-filter="period"
              value={filters.period}
              onChange={(period) => set({ period })}
              options={(['MONTH', 'QUARTER', 'YEAR'] as const).map((p) => ({
                value: p,
                label: t(`dashboard.period.${p}`),
              }))}
              style={{ width: 110 }}
            />
          </Form.Item>
          <Form.Item label={t('dashboard.filters.from')}>
            <Input
              type="date"
              data-filter="from"
              value={filters.from}
              onChange={(e) => e.target.value && set({ from: e.target.value })}
            />
          </Form.Item>
          <Form.Item label={t('dashboard.filters.to')}>
            <Input
              type="date"
              data-filter="to"
              value={filters.to}
              onChange={(e) => e.target.value && set({ to: e.target.value })}
            />
          </Form.Item>
          <Form.Item label={t('dashboard.filters.city')}>
            <Select
              data-filter="city"
              value={filters.city ?? ''}
              onChange={(city) => set({ city: city || undefined })}
              options={[
                all,
                ...(reference?.cities ?? []).map((c) => ({
                  value: c.code,
                  label: localName(c, language),
                })),
              ]}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item label={t('dashboard.filters.category')}>
            <Select
              data-filter="category"
              value={filters.category ?? ''}
              onChange={(category) => set({ category: category || undefined })}
              options={[
                all,
                ...(reference?.taxonomy.groups ?? []).map((g) => ({
                  value: g.code,
                  label: g.code,
                })),
              ]}
              style={{ width: 100 }}
            />
          </Form.Item>
          <Form.Item label={t('dashboard.filters.industry')}>
            <Select
              data-filter="industry"
              value={filters.industry ?? ''}
              onChange={(industry) => set({ industry: industry || undefined })}
              options={[
                all,
                ...(reference?.industries ?? []).map((i) => ({
                  value: i.code,
                  label: localName(i, language),
                })),
              ]}
              style={{ width: 150 }}
            />
          </Form.Item>
          <Form.Item label={t('dashboard.filters.deliveryMode')}>
            <Select
              data-filter="deliveryMode"
              value={filters.deliveryMode ?? ''}
              onChange={(deliveryMode) => set({ deliveryMode: deliveryMode || undefined })}
              options={[
                all,
                ...(['ONSHORE', 'OFFSHORE', 'NEARSHORE'] as const).map((m) => ({
                  value: m,
                  label: t(`dashboard.deliveryMode.${m}`),
                })),
              ]}
              style={{ width: 110 }}
            />
          </Form.Item>
          <Form.Item label={t('dashboard.filters.groupBy')}>
            <Select
              data-filter="groupBy"
              value={filters.groupBy ?? ''}
              onChange={(groupBy) =>
                set({ groupBy: (groupBy || undefined) as GroupBy | undefined })
              }
              options={[
                ...(market ? [] : [{ value: '', label: t('dashboard.filters.none') }]),
                ...groups.map((g) => ({ value: g, label: t(`dashboard.groupBy.${g}`) })),
              ]}
              style={{ width: 130 }}
            />
          </Form.Item>
        </Form>
      </Card>
      {state.kind === 'loading' && <Spin tip={t('dashboard.loading')} />}
      {state.kind === 'failed' && <Alert type="error" showIcon title={state.message} />}
      {state.kind === 'loaded' && (
        <>
          <Tag color="blue" data-scope={state.value.scope}>
            {t(`dashboard.scope.${state.value.scope}`)}
          </Tag>
          {state.value.tables.map((table) => (
            <TableCard key={table.id} table={table} filters={filters} />
          ))}
        </>
      )}
    </Space>
  );
}
