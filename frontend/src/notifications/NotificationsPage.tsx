// All of the organisation's recent notifications at /notifications.
import '../tenders/tenders.css';
import { Alert, Button, Card, Spin, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../tenders/useLoad';
import { notificationsApi } from './api';
import { NotificationList } from './NotificationList';
import type { Notification } from './types';

export function NotificationsPage() {
  const { t } = useTranslation();
  const load = useCallback(() => notificationsApi.inbox(), []);
  const [state, reload] = useLoad<Notification[]>(load);
  return (
    <section className="waibao-page">
      <div className="waibao-tender-heading">
        <Typography.Title level={2} data-testid="page-title">
          {t('notifications.title')}
        </Typography.Title>
        <Button onClick={reload} data-testid="notifications-reload">
          {t('notifications.refresh')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('notifications.lead')}
      </Typography.Paragraph>
      <Card data-testid="notifications-list">
        {state.kind === 'loading' && <Spin />}
        {state.kind === 'failed' && (
          <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
        )}
        {state.kind === 'loaded' && (
          <NotificationList notifications={state.value} showActions onOpened={reload} />
        )}
      </Card>
    </section>
  );
}
