// The budget filter of the tender search: the API's budget bands with their counts (one click picks a
// band, another clears it) and a free range in CNY, both on a tender's upper budget.
import { Button, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../tenders/format';
import { BUDGET_BANDS, bandOf } from './tenderQuery';
import type { FacetCount } from './types';

export function BudgetFilter({
  counts,
  budgetMin,
  budgetMax,
  onChange,
}: {
  counts: readonly FacetCount[] | undefined;
  budgetMin: number | undefined;
  budgetMax: number | undefined;
  onChange: (budgetMin: number | undefined, budgetMax: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [min, setMin] = useState<number | null>(budgetMin ?? null);
  const [max, setMax] = useState<number | null>(budgetMax ?? null);
  // the address is the truth: back/forward and band clicks move the inputs too
  useEffect(() => setMin(budgetMin ?? null), [budgetMin]);
  useEffect(() => setMax(budgetMax ?? null), [budgetMax]);

  const picked = bandOf({
    ...(budgetMin === undefined ? {} : { budgetMin }),
    ...(budgetMax === undefined ? {} : { budgetMax }),
  });
  const countOf = (value: string) => counts?.find((c) => c.value === value)?.count ?? 0;
  const inverted = min !== null && max !== null && min > max;
  const parse = (value: string | undefined) => Number((value ?? '').replace(/\D/g, ''));
  const format = (value: number | string | undefined) =>
    value === undefined || value === '' || Number.isNaN(Number(value))
      ? ''
      : formatNumber(Number(value), language);

  return (
    <div className="waibao-search-facet" data-testid="facet-budget">
      <Typography.Text strong className="waibao-search-facet-title">
        {t('search.facet.budget')}
      </Typography.Text>
      <ul>
        {BUDGET_BANDS.map((band) => {
          const checked = picked?.value === band.value;
          return (
            <li
              key={band.value}
              data-testid={`facet-budget-${band.value}`}
              data-count={countOf(band.value)}
              data-checked={checked}
            >
              <Button
                type="link"
                size="small"
                className={
                  checked ? 'waibao-search-band waibao-search-band-on' : 'waibao-search-band'
                }
                aria-pressed={checked}
                onClick={() =>
                  checked
                    ? onChange(undefined, undefined)
                    : onChange(band.budgetMin, band.budgetMax)
                }
              >
                {t(`search.budgetBand.${band.value}`)}
              </Button>
              <Typography.Text type="secondary" className="waibao-search-count">
                {countOf(band.value)}
              </Typography.Text>
            </li>
          );
        })}
      </ul>
      <form
        className="waibao-search-range"
        onSubmit={(event) => {
          event.preventDefault();
          if (!inverted) onChange(min ?? undefined, max ?? undefined);
        }}
      >
        <Space.Compact block>
          <InputNumber<number>
            min={0}
            precision={0}
            value={min}
            onChange={setMin}
            placeholder={t('search.budgetMinShort')}
            aria-label={t('search.budgetMin')}
            data-testid="search-budget-min"
            formatter={format}
            parser={parse}
            status={inverted ? 'error' : ''}
          />
          <InputNumber<number>
            min={0}
            precision={0}
            value={max}
            onChange={setMax}
            placeholder={t('search.budgetMaxShort')}
            aria-label={t('search.budgetMax')}
            data-testid="search-budget-max"
            formatter={format}
            parser={parse}
            status={inverted ? 'error' : ''}
          />
          <Button htmlType="submit" disabled={inverted} data-testid="search-budget-apply">
            {t('search.apply')}
          </Button>
        </Space.Compact>
        {inverted && (
          <Typography.Text type="danger" className="waibao-search-hint">
            {t('search.budgetOrder')}
          </Typography.Text>
        )}
      </form>
    </div>
  );
}
