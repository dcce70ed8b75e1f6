// A vendor's saved tender searches: what each looks for, its alerts (switch off to unsubscribe, on to
// subscribe again), and deleting it. New searches are saved from the tender search.
import './matching.css';
import { Alert, Button, Popconfirm, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../accounts/serverErrors';
import { useLoad } from '../tenders/useLoad';
import { matchingApi } from './api';
import type { SavedSearch, SearchFilters } from './types';

function FilterTags({ filters }: { filters: SearchFilters }) {
  const { t } = useTranslation();
  const tags: string[] = [];
  for (const key of ['category', 'industry', 'city', 'deliveryMode'] as const) {
    for (const value of filters[key] ?? []) tags.push(value);
  }
  if (filters.budgetMin != null || filters.budgetMax != null) {
    tags.push(
      t('matching.budgetRange', {
        min: filters.budgetMin ?? 0,
        max: filters.budgetMax ?? '∞',
      }),
    );
  }
  if (tags.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      {tags.map((tag) => (
        <Tag key={tag}>{tag}</Tag>
      ))}
    </>
  );
}

export function SavedSearchesPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => matchingApi.savedSearches(), []);
  const [state, reload] = useLoad<SavedSearch[]>(load);

  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setNotice({ ok: true, text: done });
      reload();
    } catch (error) {
      setNotice({ ok: false, text: describeError(error, t) });
    }
  };

  const columns: TableColumnsType<SavedSearch> = [
    { title: t('matching.searchName'), dataIndex: 'name' },
    {
      title: t('matching.searchText'),
      dataIndex: 'query',
      render: (query: string | null) => query ?? '—',
    },
    {
      title: t('matching.filters'),
      key: 'filters',
      render: (_, search) => <FilterTags filters={search.filters} />,
    },
    {
      title: t('matching.alerts'),
      key: 'alerts',
      render: (_, search) => (
        <Switch
          checked={search.alerts}
          aria-label={t('matching.alerts')}
          data-testid="saved-search-alerts"
          onChange={(alerts) =>
            void act(
              () => matchingApi.updateSavedSearch(search.id, { alerts }),
              alerts ? t('matching.subscribed') : t('matching.unsubscribed'),
            )
          }
        />
      ),
    },
    {
      title: '',
      key: 'delete',
      render: (_, search) => (
        <Popconfirm
          title={t('matching.deleteConfirm')}
          onConfirm={() =>
            void act(() => matchingApi.deleteSavedSearch(search.id), t('matching.deleted'))
          }
        >
          <Button size="small" danger>
            {t('matching.delete')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('matching.savedSearches')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('matching.savedSearchesLead')}
      </Typography.Paragraph>
      {notice && (
        <Alert
          type={notice.ok ? 'success' : 'error'}
          showIcon
          closable
          onClose={() => setNotice(null)}
          title={notice.text}
          data-testid="saved-search-notice"
        />
      )}
      {state.kind === 'failed' && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
      )}
      <Table<SavedSearch>
        rowKey="id"
        loading={state.kind === 'loading'}
        columns={columns}
        dataSource={state.kind === 'loaded' ? state.value : []}
        locale={{ emptyText: t('matching.noSavedSearches') }}
        pagination={false}
        data-testid="saved-searches"
      />
    </section>
  );
}
