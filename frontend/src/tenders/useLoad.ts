// Loads one thing for a page and reloads it on demand, keeping what was shown while it reloads (a
// bid panel must not blink away after every action).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../accounts/serverErrors';
import { ApiError } from '../shared/api';

export type Load<T> =
  | { kind: 'loading' }
  | { kind: 'loaded'; value: T }
  | { kind: 'notFound' }
  | { kind: 'failed'; message: string; error: unknown };

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
            : { kind: 'failed', message: describeError(error, t), error },
        );
      },
    );
    return () => {
      live = false;
    };
  }, [load, version, t]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  /** Shows a value the page already has (an action's answer) without asking the server again. */
  const set = useCallback((value: T) => setState({ kind: 'loaded', value }), []);
  return [state, reload, set] as const;
}
