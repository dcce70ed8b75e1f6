// The header's bell: the unread count (polled), and on click the latest notifications; opening one
// marks it read and goes to its tender. Loaded after the shell, for signed-in users only.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Dropdown, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notificationsApi } from './api';
import { NotificationList } from './NotificationList';
import type { Notification } from './types';
import { useUnreadCount } from './useUnreadCount';
import './notifications.css';

const SHOWN = 8;

export function NotificationBell() {
  const { t } = useTranslation();
  const { unread, refresh } = useUnreadCount();
  const [open, setOpen] = useState(false);
  const [latest, setLatest] = useState<Notification[] | null>(null);
  const [failed, setFailed] = useState(false);

  const load = () => {
    setFailed(false);
    notificationsApi.inbox().then(
      (all) => setLatest(all.slice(0, SHOWN)),
      () => setFailed(true),
    );
  };

  const panel = (
    <Card size="small" className="waibao-notification-panel" data-testid="notifications-panel">
      {latest === null && !failed && <Spin />}
      {failed && t('notifications.loadFailed')}
      {latest !== null && (
        <NotificationList
          notifications={latest}
          showActions={false}
          onOpened={() => {
            setOpen(false);
            refresh();
          }}
        />
      )}
      <div className="waibao-notification-panel-footer">
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="notifications-all">
          {t('notifications.all')}
        </Link>
      </div>
    </Card>
  );

  const count = unread ?? 0;
  return (
    <Dropdown
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          load();
          refresh();
        }
      }}
      trigger={['click']}
      placement="bottomRight"
      popupRender={() => panel}
    >
      <Button
        type="text"
        className="waibao-header-button waibao-header-bell"
        aria-label={t('notifications.bell', { count })}
        title={t('notifications.bell', { count })}
        data-testid="notifications-bell"
      >
        <Badge count={count} size="small" offset={[4, -2]}>
          <BellOutlined className="waibao-header-bell-icon" />
        </Badge>
        <span hidden data-testid="notifications-unread" data-count={unread ?? ''}>
          {count}
        </span>
      </Button>
    </Dropdown>
  );
}
