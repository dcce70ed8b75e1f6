// A page of tenders driven by the URL (?status=…&page=…), so that filters survive reloads and links.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { describeError } from '../accounts/serverErrors';
import { tendersApi } from './api';
import { TENDER_STATUSES, type TenderPage, type TenderStatus } from './types';

export const PAGE_SIZE = 20;

function statusParam(value: string | null): TenderStatus | undefined {
  return (TENDER_STATUSES as readonly string[]).includes(value ?? '')
    ? (value as TenderStatus)
    : undefined;
}

export function useTenderList(mine: boolean) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = statusParam(params.get('status'));
  const parsedPage = Number(params.get('page'));
  const page = Number.isInteger(parsedPage) && parsedPage >= 0 ? parsedPage : 0;
  const [result, setResult] = useState<TenderPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    setLoading(true);
    tendersApi.list({ mine, status, page, size: PAGE_SIZE }).then(
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
  }, [mine, status, page, t]);

  const setStatus = (next: TenderStatus | undefined) => {
    const search = new URLSearchParams(params);
    if (next) search.set('status', next);
    else search.delete('status');
    search.delete('page');
    setParams(search);
  };
  const setPage = (next: number) => {
    const search = new URLSearchParams(params);
    if (next > 0) search.set('page', String(next));
    else search.delete('page');
    setParams(search);
  };
  return { status, result, error, loading, setStatus, setPage };
}
