// The public park directory: filters (city, level, focus), capacity from units, paging, and a text
// search (park search API, highlighted hits) while the address carries `q`.
import './parks.css';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { describeError } from '../accounts/serverErrors';
import type { Page } from '../accounts/types';
import { currentLanguage } from '../i18n';
import { capabilityName, capabilityOptions, nameOf, useReference } from '../reference/useReference';
import { searchApi } from '../search/api';
import {
  DirectoryHits,
  DirectorySearchBox,
  directorySearchParams,
} from '../search/DirectorySearch';
import { SearchFailureAlert } from '../search/SearchFailureAlert';
import { useSearchResult } from '../search/useSearch';
import { parksApi } from './api';
import { formatNumber } from './format';
import { LevelTag } from './LevelTag';
import { PARK_LEVELS, type ParkLevel, type ParkSummary } from './types';

const PAGE_SIZE = 10;
const runParkSearch = (params: URLSearchParams, signal: AbortSignal) =>
  searchApi.parks(params, signal);

function intParam(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

export function ParksPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const city = params.get('city') ?? undefined;
  const level = (params.get('level') as ParkLevel | null) ?? undefined;
  const capability = params.get('capability') ?? undefined;
  const page = intParam(params.get('page'), 0);
  const [result, setResult] = useState<Page<ParkSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  // the directory's focus filter is the search API's category
  const searchKey = q
    ? directorySearchParams(q, { city, level, category: capability }, page, PAGE_SIZE).toString()
    : null;
  const search = useSearchResult(runParkSearch, searchKey);

  useEffect(() => {
    if (q) return undefined; // the text search answers instead
    let live = true;
    setLoading(true);
    parksApi.directory({ city, level, capability, page, size: PAGE_SIZE }).then(
      (loaded) => {
        if (!live) return;
        setResult(loaded);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!live) return;
        setError(describeError(failure, t));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [q, city, level, capability, page, t]);

  const filter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next);
  };

  const columns: TableColumnsType<ParkSummary> = [
    {
      key: 'name',
      title: t('parks.name'),
      render: (_value, park) => (
        <Space direction="vertical" size={0}>
          <Link to={`/parks/${park.id}`} data-testid={`park-link-${park.id}`}>
            {localName(park, language)}
          </Link>
          <Space size={4} wrap>
            <LevelTag level={park.level} />
            {park.demo && <Tag>{t('common.demo')}</Tag>}
          </Space>
        </Space>
      ),
    },
    {
      key: 'city',
      title: t('parks.city'),
      render: (_value, park) => nameOf(reference?.cities, park.city, language),
    },
    {
      key: 'leasable',
      title: t('parks.leasableArea'),
      align: 'right',
      render: (_value, park) => `${formatNumber(park.leasableArea, language)} m²`,
    },
    {
      key: 'available',
      title: t('parks.availableArea'),
      align: 'right',
      render: (_value, park) => (
        <span data-testid={`park-available-${park.id}`}>
          {formatNumber(park.capacity.availableArea, language)} m² ·{' '}
          {t('parks.seatsCount', { seats: park.capacity.availableSeats })}
        </span>
      ),
    },
    {
      key: 'rent',
      title: t('parks.baseRent'),
      align: 'right',
      responsive: ['md'],
      render: (_value, park) =>
        t('parks.rentValue', { rent: formatNumber(park.baseRent, language) }),
    },
    {
      key: 'focus',
      title: t('parks.focus'),
      responsive: ['lg'],
      render: (_value, park) => (
        <Space size={[4, 4]} wrap>
          {park.focusCategories.map((code) => (
            <Tag key={code}>{capabilityName(reference, code, language)}</Tag>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('parks.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('parks.lead')}
      </Typography.Paragraph>
      <Card>
        <DirectorySearchBox
          value={q}
          placeholder={t('search.parksPlaceholder')}
          onSearch={(text) => filter('q', text)}
        />
        <Space wrap className="waibao-filters">
          <Select
            allowClear
            className="waibao-filter"
            placeholder={t('parks.filterCity')}
            data-testid="parks-filter-city"
            value={city}
            onChange={(value?: string) => filter('city', value)}
            options={(reference?.cities ?? []).map((c) => ({
              value: c.code,
              label: localName(c, language),
            }))}
          />
          <Select
            allowClear
            className="waibao-filter"
            placeholder={t('parks.filterLevel')}
            data-testid="parks-filter-level"
            value={level}
            onChange={(value?: string) => filter('level', value)}
            options={PARK_LEVELS.map((l) => ({ value: l, label: t(`parks.level.${l}`) }))}
          />
          <Select
            allowClear
            className="waibao-filter-wide"
            placeholder={t('parks.filterCapability')}
            data-testid="parks-filter-capability"
            value={capability}
            onChange={(value?: string) => filter('capability', value)}
            options={capabilityOptions(reference, language)}
          />
        </Space>
        {q ? (
          <>
            {search.failure && (
              <div className="waibao-search-gap">
                <SearchFailureAlert
                  failure={search.failure}
                  onRetry={search.retry}
                  onClear={() => filter('q', undefined)}
                />
              </div>
            )}
            {!search.failure && (
              <DirectoryHits
                kind="parks"
                result={search.result}
                loading={search.loading}
                page={page}
                pageSize={PAGE_SIZE}
                total={t('parks.total', { total: search.result?.total ?? 0 })}
                onPage={(next) => {
                  const moved = new URLSearchParams(params);
                  moved.set('page', String(next));
                  setParams(moved);
                }}
              />
            )}
          </>
        ) : (
          <>
            {error && (
              <Alert
                className="waibao-form-alert"
                type="error"
                showIcon
                title={t('common.loadFailed', { message: error })}
              />
            )}
            <Table<ParkSummary>
              data-testid="parks-table"
              rowKey="id"
              columns={columns}
              dataSource={result?.items ?? []}
              loading={loading}
              pagination={{
                current: page + 1,
                pageSize: PAGE_SIZE,
                total: result?.total ?? 0,
                showSizeChanger: false,
                showTotal: (total) => t('parks.total', { total }),
                onChange: (next) => {
                  const search = new URLSearchParams(params);
                  search.set('page', String(next - 1));
                  setParams(search);
                },
              }}
            />
          </>
        )}
      </Card>
    </section>
  );
}
