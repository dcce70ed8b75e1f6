// Loads one thing for a page and reloads it on demand.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../accounts/serverErrors';
import { ApiError } from '../shared/api';

export type Load<T> =
  | { kind: 'loading' }
  | { kind: 'loaded'; value: T }
  | { kind: 'notFound' }
  | { kind: 'failed'; message: string };

export function useLoad<T>(load: () => Promise<T>) {
  const { t } = useTranslation();
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ kind: 'loaded', value }),
      (error: unknown) => {
        if (!live) return;
        setState(
          error instanceof ApiError && error.status === 404
            ? { kind: 'notFound' }
            : { kind: 'failed', message: describeError(error, t) },
        );
      },
    );
    return () => {
      live = false;
    };
  }, [load, version, t]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [state, reload] as const;
}
