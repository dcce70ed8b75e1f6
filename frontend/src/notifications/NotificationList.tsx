// Notifications as a list: what happened, to which tender, when; unread ones stand out. Opening one
// marks it read and goes to its tender.
import { Button, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateTime } from '../accounts/format';
import { currentLanguage } from '../i18n';
import { announceNotificationsChanged, notificationsApi } from './api';
import { contractLink, notificationLink, notificationText } from './describe';
import type { Notification } from './types';
import './notifications.css';

/** Marks the notification read (if it is not yet) and tells the bell. Failures are not fatal. */
export async function markRead(notification: Notification): Promise<void> {
  if (notification.readAt !== null) return;
  try {
    await notificationsApi.markRead(notification.id);
  } catch {
    // the notification simply stays unread
  }
  announceNotificationsChanged();
}

export function NotificationList({
  notifications,
  onOpened,
  showActions,
}: {
  notifications: Notification[];
  /** After a notification was opened (and marked read). */
  onOpened?: (notification: Notification) => void;
  /** The full page shows "mark read" and contract links; the bell's dropdown stays compact. */
  showActions: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();

  const open = async (notification: Notification) => {
    await markRead(notification);
    onOpened?.(notification);
    const link = notificationLink(notification);
    if (link) void navigate(link);
  };

  if (notifications.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('notifications.none')}
        data-testid="notifications-empty"
      />
    );
  }
  return (
    <List
      className="waibao-notification-list"
      dataSource={notifications}
      renderItem={(notification) => {
        const unread = notification.readAt === null;
        const contract = contractLink(notification);
        return (
          <List.Item
            key={notification.id}
            className={
              unread ? 'waibao-notification waibao-notification-unread' : 'waibao-notification'
            }
            data-testid={`notification-${notification.id}`}
            data-kind={notification.kind}
            data-read={String(!unread)}
            actions={
              showActions
                ? [
                    ...(contract
                      ? [
                          <Link key="contract" to={contract} data-testid="notification-contract">
                            {t('notifications.openContract')}
                          </Link>,
                        ]
                      : []),
                    ...(unread
                      ? [
                          <Button
                            key="read"
                            type="link"
                            size="small"
                            data-testid={`notification-read-${notification.id}`}
                            onClick={() =>
                              void markRead(notification).then(() => onOpened?.(notification))
                            }
                          >
                            {t('notifications.markRead')}
                          </Button>,
                        ]
                      : []),
                  ]
                : undefined
            }
          >
            <button
              type="button"
              className="waibao-notification-open"
              onClick={() => void open(notification)}
              data-testid="notification-open"
            >
              <Space orientation="vertical" size={0}>
                <Typography.Text strong={unread} data-testid="notification-text">
                  {notificationText(notification, t)}
                </Typography.Text>
                <Typography.Text type="secondary" className="waibao-notification-time">
                  {formatDateTime(notification.createdAt, language)}
                </Typography.Text>
              </Space>
            </button>
          </List.Item>
        );
      }}
    />
  );
}
