// The organisation's unread notifications, counted now and every 30 seconds while signed in (and
// the tab is visible), and at once when notifications are read here.
import { useCallback, useEffect, useState } from 'react';
import { notificationsApi, NOTIFICATIONS_CHANGED } from './api';

export const POLL_INTERVAL_MS = 30_000;

export function useUnreadCount(intervalMs = POLL_INTERVAL_MS) {
  const [unread, setUnread] = useState<number | null>(null);
  const refresh = useCallback(() => {
    notificationsApi.unreadCount().then(
      (count) => setUnread(count.unread),
      () => undefined, // keep the last count; the next poll tries again
    );
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') refresh();
    }, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
    };
  }, [refresh, intervalMs]);
  return { unread, refresh };
}
