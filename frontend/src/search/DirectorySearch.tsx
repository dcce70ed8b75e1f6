// The text search of the vendor and park directories: a box whose text lives in the address (`q`),
// and the highlighted hits that replace the directory's table while there is text. The directory's
// own filters (single values in the address) go to the search API as they are.
import { Empty, Input, Pagination, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentLanguage, type Language } from '../i18n';
import { capabilityName, nameOf, useReference } from '../reference/useReference';
import { LevelTag } from '../parks/LevelTag';
import { formatNumber } from '../parks/format';
import { PARK_LEVELS, type ParkLevel } from '../parks/types';
import { Highlighted } from './Highlighted';
import './search.css';
import { listField, numberField, textField, type SearchHit, type SearchResult } from './types';

/** The query string for a directory search: text, the directory's filters, page and size. */
export function directorySearchParams(
  q: string,
  filters: Readonly<Record<string, string | undefined>>,
  page: number,
  size: number,
): URLSearchParams {
  const params = new URLSearchParams({ q });
  for (const [name, value] of Object.entries(filters)) {
    if (value) params.set(name, value);
  }
  params.set('sort', 'relevance');
  params.set('page', String(page));
  params.set('size', String(size));
  return params;
}

/** The search box of a directory; the address is the truth, so back/forward move its text too. */
export function DirectorySearchBox({
  value,
  placeholder,
  onSearch,
}: {
  value: string;
  placeholder: string;
  onSearch: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <div className="waibao-search-directory-box" data-testid="search-box">
      <Input.Search
        allowClear
        enterButton={t('search.submit')}
        maxLength={500}
        value={text}
        placeholder={placeholder}
        aria-label={placeholder}
        onChange={(event) => setText(event.target.value)}
        onSearch={(next) => onSearch(next.trim())}
      />
    </div>
  );
}

/** The name snippet in the UI language: English when asked for and the firm or park has one. */
function nameSnippet(hit: SearchHit, language: Language): { snippet?: string; plain: string } {
  const zh = textField(hit, 'nameZh') ?? '';
  const en = textField(hit, 'nameEn');
  if (language === 'en' && en) return { snippet: hit.highlights.nameEn, plain: en };
  return { snippet: hit.highlights.nameZh, plain: zh };
}

function VendorHit({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const name = nameSnippet(hit, language);
  const city = textField(hit, 'city');
  const tier = textField(hit, 'sizeTier');
  const headcount = numberField(hit, 'headcount');
  return (
    <article className="waibao-search-hit" data-testid="search-hit" data-id={hit.id}>
      <Typography.Title level={5} className="waibao-search-hit-title">
        <Link to={`/vendors/${hit.id}`} data-testid="search-hit-title">
          <Highlighted snippet={name.snippet} fallback={name.plain} />
        </Link>
      </Typography.Title>
      <Space size={[8, 4]} wrap className="waibao-search-hit-meta">
        {city && <Typography.Text>{nameOf(reference?.cities, city, language)}</Typography.Text>}
        {(tier === 'SMALL' || tier === 'SCALE' || tier === 'LARGE') && (
          <Tag color={tier === 'SMALL' ? 'default' : 'green'}>{t(`firms.sizeTier.${tier}`)}</Tag>
        )}
        {headcount !== undefined && (
          <Typography.Text type="secondary">
            {t('firms.headcountValue', { headcount })}
          </Typography.Text>
        )}
        {listField(hit, 'certifications').map((type) => (
          <Tag color="blue" key={type}>
            {t(`firms.certificationType.${type}`, { defaultValue: type })}
          </Tag>
        ))}
      </Space>
      {hit.highlights.description && (
        <Typography.Paragraph
          className="waibao-search-snippet"
          data-testid="search-hit-description"
        >
          <Highlighted snippet={hit.highlights.description} />
        </Typography.Paragraph>
      )}
      <Space size={[4, 4]} wrap>
        {listField(hit, 'capabilities').map((code) => (
          <Tag key={code}>{capabilityName(reference, code, language)}</Tag>
        ))}
      </Space>
    </article>
  );
}

function isLevel(value: string | undefined): value is ParkLevel {
  return (PARK_LEVELS as readonly string[]).includes(value ?? '');
}

function ParkHit({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const name = nameSnippet(hit, language);
  const city = textField(hit, 'city');
  const level = textField(hit, 'level');
  const area = numberField(hit, 'availableArea');
  const seats = numberField(hit, 'availableSeats');
  return (
    <article className="waibao-search-hit" data-testid="search-hit" data-id={hit.id}>
      <Typography.Title level={5} className="waibao-search-hit-title">
        <Link to={`/parks/${hit.id}`} data-testid="search-hit-title">
          <Highlighted snippet={name.snippet} fallback={name.plain} />
        </Link>
      </Typography.Title>
      <Space size={[8, 4]} wrap className="waibao-search-hit-meta">
        {isLevel(level) && <LevelTag level={level} />}
        {city && <Typography.Text>{nameOf(reference?.cities, city, language)}</Typography.Text>}
        {area !== undefined && (
          <Typography.Text>
            {t('search.availableArea', { area: formatNumber(area, language) })}
            {seats !== undefined && ` · ${t('parks.seatsCount', { seats })}`}
          </Typography.Text>
        )}
      </Space>
      {hit.highlights.description && (
        <Typography.Paragraph
          className="waibao-search-snippet"
          data-testid="search-hit-description"
        >
          <Highlighted snippet={hit.highlights.description} />
        </Typography.Paragraph>
      )}
      <Space size={[4, 4]} wrap>
        {listField(hit, 'focusCategories').map((code) => (
          <Tag key={code}>{capabilityName(reference, code, language)}</Tag>
        ))}
      </Space>
    </article>
  );
}

/** One page of directory search hits with paging, or a clear "nothing found". */
export function DirectoryHits({
  kind,
  result,
  loading,
  page,
  pageSize,
  total,
  onPage,
}: {
  kind: 'vendors' | 'parks';
  result: SearchResult | null;
  loading: boolean;
  page: number;
  pageSize: number;
  total: string;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const Hit = kind === 'vendors' ? VendorHit : ParkHit;
  return (
    <Spin spinning={loading}>
      <div
        className="waibao-search-results"
        data-testid="search-results"
        data-loading={loading}
        data-total={result?.total ?? ''}
        aria-busy={loading}
      >
        {result && result.hits.length === 0 && (
          <Empty data-testid="search-empty" description={t('search.noMatches')} />
        )}
        {result && result.hits.length > 0 && (
          <>
            <Typography.Text type="secondary" data-testid="search-total">
              {total}
            </Typography.Text>
            <div data-testid="search-hits">
              {result.hits.map((hit) => (
                <Hit key={hit.id} hit={hit} />
              ))}
            </div>
            <Pagination
              className="waibao-search-pagination"
              current={page + 1}
              pageSize={pageSize}
              total={result.total}
              showSizeChanger={false}
              hideOnSinglePage
              onChange={(next) => onPage(next - 1)}
            />
          </>
        )}
      </div>
    </Spin>
  );
}
