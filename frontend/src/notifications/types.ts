// In-app notifications as the backend sends them (GET /api/notifications): each to an organisation,
// about a tender, with a small payload (the tender's title, and more for some kinds).

export const NOTIFICATION_KINDS = [
  'TENDER_AMENDED',
  'TENDER_CANCELLED',
  'TENDER_CLOSED',
  'TENDER_UNSUCCESSFUL',
  'ANSWER_PUBLISHED',
  'QUESTION_ASKED',
  'BID_WON',
  'BID_LOST',
  'TENDER_INVITATION',
  'SAVED_SEARCH_MATCH',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationPayload {
  title?: string;
  /** TENDER_AMENDED: whether bids must be reconfirmed. */
  material?: boolean;
  /** TENDER_CANCELLED: the client's reason. */
  reason?: string;
  /** BID_WON: the contract that follows the award. */
  contractId?: string;
  /** SAVED_SEARCH_MATCH: the (first) saved search that matched. */
  savedSearchId?: string;
  savedSearchName?: string;
  [key: string]: unknown;
}

export interface Notification {
  id: string;
  /** One of NOTIFICATION_KINDS, or a kind this version does not know yet. */
  kind: string;
  tenderId: string | null;
  payload: NotificationPayload | null;
  createdAt: string;
  readAt: string | null;
}

export interface UnreadCount {
  unread: number;
}
