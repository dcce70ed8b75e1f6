// The audit trail: every state change, newest first, page by page, with the record's data before and
// after in an expandable row. Organisation admins see their organisation's; the authority sees all.
import './accounts.css';
import { Alert, Button, Card, Col, Empty, Result, Row, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { currentLanguage } from '../i18n';
import { ApiError } from '../shared/api';
import { accountsApi } from './api';
import { formatDateTime } from './format';
import { describeError } from './serverErrors';
import type { AuditEvent, Page } from './types';
import { canReadAudit, useSession } from './useSession';

const PAGE_SIZES = [20, 50, 100];

function pageParam(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 && parsed <= max ? parsed : fallback;
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary">{t('common.none')}</Typography.Paragraph>
      ) : (
        <pre className="waibao-json">{JSON.stringify(value, null, 2)}</pre>
      )}
    </div>
  );
}

type Load =
  | { kind: 'loading'; previous: Page<AuditEvent> | null }
  | { kind: 'loaded'; page: Page<AuditEvent> }
  | { kind: 'forbidden' }
  | { kind: 'failed'; message: string };

export function AuditPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const page = pageParam(params.get('page'), 0);
  const size = pageParam(params.get('size'), 20, 100) || 20;
  const [load, setLoad] = useState<Load>({ kind: 'loading', previous: null });
  const allowed = canReadAudit(me);

  const fetchPage = useCallback(
    (signal: { cancelled: boolean }) => {
      setLoad((current) => ({
        kind: 'loading',
        previous: current.kind === 'loaded' ? current.page : null,
      }));
      accountsApi.auditEvents(page, size).then(
        (result) => !signal.cancelled && setLoad({ kind: 'loaded', page: result }),
        (error: unknown) => {
          if (signal.cancelled) return;
          setLoad(
            error instanceof ApiError && error.status === 403
              ? { kind: 'forbidden' }
              : { kind: 'failed', message: describeError(error, t) },
          );
        },
      );
    },
    [page, size, t],
  );

  useEffect(() => {
    if (!allowed) return undefined;
    const signal = { cancelled: false };
    fetchPage(signal);
    return () => {
      signal.cancelled = true;
    };
  }, [allowed, fetchPage]);

  if (!allowed || load.kind === 'forbidden') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('audit.forbidden')}
      />
    );
  }

  const shown = load.kind === 'loaded' ? load.page : load.kind === 'loading' ? load.previous : null;

  const columns: TableColumnsType<AuditEvent> = [
    {
      key: 'occurredAt',
      title: t('audit.occurredAt'),
      dataIndex: 'occurredAt',
      width: 190,
      render: (value: string) => formatDateTime(value, language),
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_value, event) =>
        event.actorEmail ??
        event.actorUserId ?? (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      key: 'action',
      title: t('audit.action'),
      dataIndex: 'action',
      render: (value: string) => (
        <Typography.Text code className="waibao-nowrap">
          {value}
        </Typography.Text>
      ),
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_value, event) => (
        <span>
          {event.entityType}{' '}
          <Typography.Text type="secondary" className="waibao-monospace">
            {event.entityId}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'requestId',
      title: t('audit.requestId'),
      dataIndex: 'requestId',
      responsive: ['lg'],
      render: (value: string | null) => (
        <Typography.Text type="secondary" className="waibao-monospace" ellipsis>
          {value}
        </Typography.Text>
      ),
    },
  ];

  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('audit.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {me?.organisation.kind === 'AUTHORITY' ? t('audit.leadAuthority') : t('audit.lead')}
      </Typography.Paragraph>
      {load.kind === 'failed' && (
        <Alert
          className="waibao-form-alert"
          type="error"
          showIcon
          title={t('common.loadFailed', { message: load.message })}
          action={
            <Button onClick={() => fetchPage({ cancelled: false })}>{t('common.retry')}</Button>
          }
        />
      )}
      <Card>
        <Table<AuditEvent>
          data-testid="audit-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={shown?.items ?? []}
          loading={load.kind === 'loading'}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          expandable={{
            expandedRowRender: (event) => (
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <JsonBlock title={t('audit.before')} value={event.before} />
                </Col>
                <Col xs={24} md={12}>
                  <JsonBlock title={t('audit.after')} value={event.after} />
                </Col>
              </Row>
            ),
          }}
          pagination={{
            current: page + 1,
            pageSize: size,
            total: shown?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (total) => t('audit.total', { total }),
            onChange: (nextPage, nextSize) => {
              const next = new URLSearchParams(params);
              next.set('page', String(nextSize === size ? nextPage - 1 : 0));
              next.set('size', String(nextSize));
              setParams(next);
            },
          }}
        />
      </Card>
    </section>
  );
}
