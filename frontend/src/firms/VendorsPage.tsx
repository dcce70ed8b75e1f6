// The public vendor directory: filters (city, capability, valid certification, size tier), paging,
// and a text search (vendor search API, highlighted hits) while the address carries `q`.
import '../parks/parks.css';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
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
import { firmsApi } from './api';
import {
  CERTIFICATION_TYPES,
  SIZE_TIERS,
  type CertificationType,
  type SizeTier,
  type VendorSummary,
} from './types';

const PAGE_SIZE = 20;
const runVendorSearch = (params: URLSearchParams, signal: AbortSignal) =>
  searchApi.vendors(params, signal);

function vendorName(vendor: { legalNameZh: string; legalNameEn: string | null }, language: string) {
  return language === 'en' && vendor.legalNameEn ? vendor.legalNameEn : vendor.legalNameZh;
}

export { vendorName };

export function VendorsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const city = params.get('city') ?? undefined;
  const capability = params.get('capability') ?? undefined;
  const certification = (params.get('certification') as CertificationType | null) ?? undefined;
  const sizeTier = (params.get('sizeTier') as SizeTier | null) ?? undefined;
  const parsedPage = Number(params.get('page'));
  const page = Number.isInteger(parsedPage) && parsedPage >= 0 ? parsedPage : 0;
  const [result, setResult] = useState<Page<VendorSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const searchKey = q
    ? directorySearchParams(
        q,
        { city, capability, certification, sizeTier },
        page,
        PAGE_SIZE,
      ).toString()
    : null;
  const search = useSearchResult(runVendorSearch, searchKey);

  useEffect(() => {
    if (q) return undefined; // the text search answers instead
    let live = true;
    setLoading(true);
    firmsApi.directory({ city, capability, certification, sizeTier, page, size: PAGE_SIZE }).then(
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
  }, [q, city, capability, certification, sizeTier, page, t]);

  const filter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next);
  };

  const columns: TableColumnsType<VendorSummary> = [
    {
      key: 'name',
      title: t('firms.name'),
      render: (_v, vendor) => (
        <Space direction="vertical" size={0}>
          <Link
            to={`/vendors/${vendor.organisationId}`}
            data-testid={`vendor-link-${vendor.organisationId}`}
          >
            {vendorName(vendor, language)}
          </Link>
          {vendor.demo && <Tag>{t('common.demo')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'city',
      title: t('firms.city'),
      render: (_v, vendor) => nameOf(reference?.cities, vendor.city, language),
    },
    {
      key: 'size',
      title: t('firms.sizeTierTitle'),
      render: (_v, vendor) => (
        <span>
          <Tag color={vendor.sizeTier === 'SMALL' ? 'default' : 'green'}>
            {t(`firms.sizeTier.${vendor.sizeTier}`)}
          </Tag>
          {t('firms.headcountValue', { headcount: vendor.headcount })}
        </span>
      ),
    },
    {
      key: 'capabilities',
      title: t('firms.capabilities'),
      responsive: ['md'],
      render: (_v, vendor) => (
        <Space size={[4, 4]} wrap>
          {vendor.capabilities.map((code) => (
            <Tag key={code}>{capabilityName(reference, code, language)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'certifications',
      title: t('firms.certifications'),
      render: (_v, vendor) => (
        <Space size={[4, 4]} wrap>
          {vendor.certifications.map((type) => (
            <Tag color="blue" key={type}>
              {t(`firms.certificationType.${type}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('vendors.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('vendors.lead')}
      </Typography.Paragraph>
      <Card>
        <DirectorySearchBox
          value={q}
          placeholder={t('search.vendorsPlaceholder')}
          onSearch={(text) => filter('q', text)}
        />
        <Space wrap className="waibao-filters">
          <Select
            allowClear
            className="waibao-filter"
            placeholder={t('firms.filterCity')}
            data-testid="vendors-filter-city"
            value={city}
            onChange={(value?: string) => filter('city', value)}
            options={(reference?.cities ?? []).map((c) => ({
              value: c.code,
              label: nameOf(reference?.cities, c.code, language),
            }))}
          />
          <Select
            allowClear
            className="waibao-filter-wide"
            placeholder={t('firms.filterCapability')}
            data-testid="vendors-filter-capability"
            value={capability}
            onChange={(value?: string) => filter('capability', value)}
            options={capabilityOptions(reference, language)}
          />
          <Select
            allowClear
            className="waibao-filter"
            placeholder={t('firms.filterCertification')}
            data-testid="vendors-filter-certification"
            value={certification}
            onChange={(value?: string) => filter('certification', value)}
            options={CERTIFICATION_TYPES.map((type) => ({
              value: type,
              label: t(`firms.certificationType.${type}`),
            }))}
          />
          <Select
            allowClear
            className="waibao-filter"
            placeholder={t('firms.filterSizeTier')}
            data-testid="vendors-filter-size"
            value={sizeTier}
            onChange={(value?: string) => filter('sizeTier', value)}
            options={SIZE_TIERS.map((tier) => ({
              value: tier,
              label: t(`firms.sizeTier.${tier}`),
            }))}
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
                kind="vendors"
                result={search.result}
                loading={search.loading}
                page={page}
                pageSize={PAGE_SIZE}
                total={t('firms.total', { total: search.result?.total ?? 0 })}
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
            <Table<VendorSummary>
              data-testid="vendors-table"
              rowKey="organisationId"
              columns={columns}
              dataSource={result?.items ?? []}
              loading={loading}
              pagination={{
                current: page + 1,
                pageSize: PAGE_SIZE,
                total: result?.total ?? 0,
                showSizeChanger: false,
                showTotal: (total) => t('firms.total', { total }),
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
