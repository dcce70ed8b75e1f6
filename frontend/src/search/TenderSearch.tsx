// Full-text search over published tenders: a query box, facets with counts (several values each),
// a budget range and bands, a deadline range, sorting, highlighted hits and paging. The address holds
// the whole search, so it can be shared, reloaded and walked with back/forward.
import { ClearOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  DatePicker,
  Empty,
  Input,
  Pagination,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../accounts/format';
import { currentLanguage } from '../i18n';
import { capabilityName, nameOf, useReference } from '../reference/useReference';
import { useDayjsLocale } from '../tenders/dayjsLocale';
import { formatBudget } from '../tenders/format';
import { StatusTag } from '../tenders/StatusTag';
import { CERTIFICATION_TYPES, TENDER_STATUSES, type TenderStatus } from '../tenders/types';
import { searchApi } from './api';
import { BudgetFilter } from './BudgetFilter';
import { FacetList } from './FacetList';
import { Highlighted, snippetText } from './Highlighted';
import {
  EMPTY_QUERY,
  isFiltered,
  withDates,
  withFilter,
  withNumbers,
  withPage,
  withSort,
  withText,
} from './query';
import './search.css';
import { TENDER_FACETS, TENDER_SCHEMA, TENDER_SORTS, type TenderFacet } from './tenderQuery';
import {
  instantField,
  listField,
  numberField,
  textField,
  type SearchHit,
  type SearchResult,
} from './types';
import { SearchFailureAlert } from './SearchFailureAlert';
import { useSearch } from './useSearch';
import { SaveSearchButton } from '../matching/SaveSearchButton';

export const TENDER_PAGE_SIZE = 20;
const DATE = 'YYYY-MM-DD';

const runTenderSearch = (params: URLSearchParams, signal: AbortSignal) =>
  searchApi.tenders(params, signal);

function isStatus(value: string | undefined): value is TenderStatus {
  return (TENDER_STATUSES as readonly string[]).includes(value ?? '');
}

function TenderHit({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const title = textField(hit, 'title') ?? '';
  const status = textField(hit, 'status');
  const city = textField(hit, 'city');
  const deadline = instantField(hit, 'bidDeadline');
  const budget = formatBudget(
    numberField(hit, 'budgetMin'),
    numberField(hit, 'budgetMax'),
    language,
  );
  return (
    <article className="waibao-search-hit" data-testid="search-hit" data-id={hit.id}>
      <Typography.Title level={5} className="waibao-search-hit-title">
        <Link
          to={`/tenders/${hit.id}`}
          data-testid="search-hit-title"
          title={hit.highlights.title ? snippetText(hit.highlights.title) : title}
        >
          <Highlighted snippet={hit.highlights.title} fallback={title || t('tenders.untitled')} />
        </Link>
      </Typography.Title>
      <Space size={[8, 4]} wrap className="waibao-search-hit-meta">
        {isStatus(status) && <StatusTag status={status} />}
        <Typography.Text type="secondary">{textField(hit, 'clientName')}</Typography.Text>
        {city && <Typography.Text>{nameOf(reference?.cities, city, language)}</Typography.Text>}
        {budget && <Typography.Text data-testid="search-hit-budget">{budget}</Typography.Text>}
        {deadline && (
          <Typography.Text type="secondary">
            {t('search.deadline', { when: formatDateTime(deadline, language) })}
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
        {listField(hit, 'categories').map((code) => (
          <Tag key={code}>{capabilityName(reference, code, language)}</Tag>
        ))}
      </Space>
    </article>
  );
}

function Results({
  result,
  page,
  onPage,
  onClear,
  filtered,
}: {
  result: SearchResult;
  page: number;
  onPage: (page: number) => void;
  onClear: () => void;
  filtered: boolean;
}) {
  const { t } = useTranslation();
  if (result.hits.length === 0) {
    return (
      <Empty
        data-testid="search-empty"
        description={
          <>
            <div>{t('search.empty')}</div>
            {filtered && (
              <Typography.Text type="secondary">{t('search.emptyHint')}</Typography.Text>
            )}
          </>
        }
      >
        {filtered && (
          <Button icon={<ClearOutlined />} onClick={onClear}>
            {t('search.clearAll')}
          </Button>
        )}
      </Empty>
    );
  }
  return (
    <>
      <div data-testid="search-hits">
        {result.hits.map((hit) => (
          <TenderHit key={hit.id} hit={hit} />
        ))}
      </div>
      <Pagination
        className="waibao-search-pagination"
        data-testid="search-pagination"
        current={page + 1}
        pageSize={TENDER_PAGE_SIZE}
        total={result.total}
        showSizeChanger={false}
        hideOnSinglePage
        onChange={(next) => onPage(next - 1)}
      />
    </>
  );
}

export function TenderSearch() {
  const { t } = useTranslation();
  useDayjsLocale();
  const language = currentLanguage();
  const reference = useReference();
  const { query, result, failure, loading, navigate, retry } = useSearch(
    TENDER_SCHEMA,
    TENDER_PAGE_SIZE,
    runTenderSearch,
  );
  const [text, setText] = useState(query.q);
  // the address is the truth: back/forward and "clear" move the box too
  useEffect(() => setText(query.q), [query.q]);

  const labels: Record<TenderFacet, (value: string) => string> = {
    category: (code) => capabilityName(reference, code, language),
    industry: (code) => nameOf(reference?.industries, code, language),
    city: (code) => nameOf(reference?.cities, code, language),
    deliveryMode: (code) => t(`tenders.deliveryMode.${code}`, { defaultValue: code }),
    status: (code) => t(`tenders.status.${code}`, { defaultValue: code }),
  };
  const clear = () => navigate(EMPTY_QUERY);
  const sort = query.sort ?? TENDER_SCHEMA.defaultSort(query.q);
  const deadlineFrom = query.dates.deadlineFrom;
  const deadlineTo = query.dates.deadlineTo;

  return (
    <div className="waibao-search" data-testid="tender-search">
      <div className="waibao-search-bar" data-testid="search-box">
        <Input.Search
          allowClear
          enterButton={t('search.submit')}
          size="large"
          maxLength={500}
          value={text}
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => navigate(withText(query, value))}
        />
        <SaveSearchButton
          query={query.q}
          filters={{
            category: [...(query.filters.category ?? [])],
            industry: [...(query.filters.industry ?? [])],
            city: [...(query.filters.city ?? [])],
            deliveryMode: [...(query.filters.deliveryMode ?? [])],
            budgetMin: query.numbers.budgetMin ?? null,
            budgetMax: query.numbers.budgetMax ?? null,
          }}
        />
      </div>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={7} xl={6}>
          <aside className="waibao-search-facets" aria-label={t('search.filters')}>
            {TENDER_FACETS.map(({ param, facet }) => (
              <FacetList
                key={param}
                name={param}
                title={t(`search.facet.${param}`)}
                counts={result?.facets[facet]}
                selected={query.filters[param] ?? []}
                label={labels[param]}
                onChange={(values) => navigate(withFilter(query, param, values))}
              />
            ))}
            <BudgetFilter
              counts={result?.facets.budget}
              budgetMin={query.numbers.budgetMin}
              budgetMax={query.numbers.budgetMax}
              onChange={(budgetMin, budgetMax) =>
                navigate(withNumbers(query, { budgetMin, budgetMax }))
              }
            />
            <div className="waibao-search-facet">
              <Typography.Text strong className="waibao-search-facet-title">
                {t('search.facet.certification')}
              </Typography.Text>
              <Select<string[]>
                mode="multiple"
                allowClear
                className="waibao-search-wide"
                placeholder={t('search.anyCertification')}
                data-testid="search-certification"
                value={[...(query.filters.certification ?? [])]}
                onChange={(values) => navigate(withFilter(query, 'certification', values))}
                options={CERTIFICATION_TYPES.map((type) => ({
                  value: type,
                  label: t(`tenders.certification.${type}`),
                }))}
              />
            </div>
            <div className="waibao-search-facet">
              <Typography.Text strong className="waibao-search-facet-title">
                {t('search.facet.deadline')}
              </Typography.Text>
              <DatePicker.RangePicker
                className="waibao-search-wide"
                format={DATE}
                allowEmpty={[true, true]}
                data-testid="search-deadline"
                value={[
                  deadlineFrom ? dayjs(deadlineFrom, DATE) : null,
                  deadlineTo ? dayjs(deadlineTo, DATE) : null,
                ]}
                onChange={(range) =>
                  navigate(
                    withDates(query, {
                      deadlineFrom: range?.[0]?.format(DATE),
                      deadlineTo: range?.[1]?.format(DATE),
                    }),
                  )
                }
              />
            </div>
          </aside>
        </Col>
        <Col xs={24} lg={17} xl={18}>
          <div className="waibao-search-summary">
            <Typography.Text
              data-testid="search-total"
              data-total={result && !failure ? result.total : ''}
            >
              {result && !failure ? t('search.total', { total: result.total }) : ''}
            </Typography.Text>
            <Space wrap>
              {isFiltered(query) && (
                <Button
                  type="link"
                  icon={<ClearOutlined />}
                  onClick={clear}
                  data-testid="search-clear"
                >
                  {t('search.clearAll')}
                </Button>
              )}
              <Select<string>
                className="waibao-search-sort"
                aria-label={t('search.sortLabel')}
                data-testid="search-sort"
                value={sort}
                onChange={(value) => navigate(withSort(query, value))}
                options={TENDER_SORTS.map((value) => ({
                  value,
                  label: t(`search.sort.${value}`),
                }))}
              />
            </Space>
          </div>
          {failure && (
            <div className="waibao-search-gap">
              <SearchFailureAlert failure={failure} onRetry={retry} onClear={clear} />
            </div>
          )}
          <Spin spinning={loading}>
            <div
              className="waibao-search-results"
              data-testid="search-results"
              data-loading={loading}
              aria-busy={loading}
            >
              {result && !failure && (
                <Results
                  result={result}
                  page={query.page}
                  onPage={(page) => navigate(withPage(query, page))}
                  onClear={clear}
                  filtered={isFiltered(query)}
                />
              )}
            </div>
          </Spin>
        </Col>
      </Row>
    </div>
  );
}
