// What a notification says in the UI language, and where it leads.
import type { TFunction } from 'i18next';
import { NOTIFICATION_KINDS, type Notification, type NotificationKind } from './types';

export function isKnownKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

export function notificationText(notification: Notification, t: TFunction): string {
  const payload = notification.payload ?? {};
  const title = typeof payload.title === 'string' ? payload.title : t('notifications.aTender');
  const { kind } = notification;
  if (!isKnownKind(kind)) return t('notifications.unknown', { kind, title });
  if (kind === 'TENDER_AMENDED' && payload.material === true) {
    return t('notifications.kind.TENDER_AMENDED_MATERIAL', { title });
  }
  if (kind === 'TENDER_CANCELLED' && typeof payload.reason === 'string') {
    return t('notifications.kind.TENDER_CANCELLED_REASON', { title, reason: payload.reason });
  }
  if (kind === 'TENDER_INVITATION') return t('matching.notifications.TENDER_INVITATION', { title });
  if (kind === 'SAVED_SEARCH_MATCH') {
    const search = typeof payload.savedSearchName === 'string' ? payload.savedSearchName : '';
    return t('matching.notifications.SAVED_SEARCH_MATCH', { title, search });
  }
  return t(`notifications.kind.${kind}`, { title });
}

/** The tender's page, where every notification leads (nowhere for one about no tender). */
export function notificationLink(notification: Notification): string | null {
  return notification.tenderId ? `/tenders/${notification.tenderId}` : null;
}

/** The contract an award created (BID_WON). */
export function contractLink(notification: Notification): string | null {
  const contractId = notification.payload?.contractId;
  return notification.kind === 'BID_WON' && typeof contractId === 'string'
    ? `/contracts/${contractId}`
    : null;
}
