// Typed calls to the notification endpoints, through the one API client.
import { api } from '../shared/api';
import type { Notification, UnreadCount } from './types';

export const notificationsApi = {
  /** The organisation's latest notifications (the server sends at most 100), newest first. */
  inbox: () => api.get<Notification[]>('/api/notifications'),
  unreadCount: () => api.get<UnreadCount>('/api/notifications/unread-count'),
  markRead: (id: string) => api.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`),
};

/** Fired on window when notifications were read here, so the bell recounts at once. */
export const NOTIFICATIONS_CHANGED = 'waibao:notifications-changed';

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}
