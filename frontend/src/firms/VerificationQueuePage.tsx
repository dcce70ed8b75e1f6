// The authority's verification queue: certifications waiting (or in another status today), with
// their documents, to verify or reject with a reason.
import '../parks/parks.css';
import {
  Alert,
  Button,
  Card,
  Input,
  message,
  Modal,
  Result,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../accounts/serverErrors';
import type { Page } from '../accounts/types';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { useLoad } from '../parks/useLoad';
import { firmsApi, openDocument } from './api';
import { certificationLabel } from './CertificationLabel';
import type { CertificationStatus, CertificationView } from './types';

const STATUSES: CertificationStatus[] = ['UNVERIFIED', 'VERIFIED', 'REJECTED', 'EXPIRED'];
const SIZE = 20;

export function VerificationQueuePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useSession();
  const [notify, messages] = message.useMessage();
  const [status, setStatus] = useState<CertificationStatus>('UNVERIFIED');
  const [page, setPage] = useState(0);
  const [search, setSearch] = useState('');
  const load = useCallback(
    () => firmsApi.queue(status, search, page, SIZE),
    [status, search, page],
  );
  const [state, reload] = useLoad<Page<CertificationView>>(load);
  const [rejecting, setRejecting] = useState<CertificationView | null>(null);
  const [reason, setReason] = useState('');

  if (me?.organisation.kind !== 'AUTHORITY') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('firms.queue.onlyAuthority')}
      />
    );
  }

  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void notify.success(done);
    } catch (error) {
      void notify.error(t('common.actionFailed', { message: describeError(error, t) }));
    }
    reload();
  };

  const columns: TableColumnsType<CertificationView> = [
    {
      key: 'vendor',
      title: t('firms.queue.vendor'),
      render: (_v, c) => (
        <Link to={`/vendors/${c.organisationId}`}>
          {language === 'en' && c.vendorNameEn ? c.vendorNameEn : c.vendorNameZh}
        </Link>
      ),
    },
    { key: 'type', title: t('firms.certification'), render: (_v, c) => certificationLabel(t, c) },
    {
      key: 'number',
      title: t('firms.certificateNumber'),
      render: (_v, c) => (
        <span data-testid={`queue-number-${c.certificateNumber}`}>{c.certificateNumber}</span>
      ),
    },
    { key: 'issuer', title: t('firms.issuer'), dataIndex: 'issuer', responsive: ['lg'] },
    {
      key: 'dates',
      title: t('firms.queue.validity'),
      render: (_v, c) => `${c.issuedOn} – ${c.expiresOn}`,
    },
    {
      key: 'document',
      title: t('firms.cert.document'),
      render: (_v, c) =>
        c.documentId ? (
          <Button type="link" onClick={() => void openDocument(c.documentId!)}>
            {c.documentName}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
    {
      key: 'status',
      title: t('firms.status'),
      render: (_v, c) => (
        <Space direction="vertical" size={0}>
          <Tag>{t(`firms.certificationStatus.${c.status}`)}</Tag>
          {c.rejectionReason && (
            <Typography.Text type="danger">{c.rejectionReason}</Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  if (status === 'UNVERIFIED') {
    columns.push({
      key: 'actions',
      title: t('parks.actions'),
      render: (_v, c) => (
        <Space>
          <Button
            type="primary"
            size="small"
            data-testid={`verify-${c.certificateNumber}`}
            onClick={() => void act(() => firmsApi.verify(c.id), t('firms.queue.verified'))}
          >
            {t('firms.queue.verify')}
          </Button>
          <Button
            danger
            size="small"
            data-testid={`reject-${c.certificateNumber}`}
            onClick={() => {
              setReason('');
              setRejecting(c);
            }}
          >
            {t('firms.queue.reject')}
          </Button>
        </Space>
      ),
    });
  }

  return (
    <section className="waibao-page">
      {messages}
      <Typography.Title level={2} data-testid="page-title">
        {t('firms.queue.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('firms.queue.lead')}
      </Typography.Paragraph>
      <Card>
        <Segmented<CertificationStatus>
          className="waibao-form-alert"
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(0);
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`firms.certificationStatus.${s}`) }))}
        />
        <Input.Search
          allowClear
          className="waibao-form-alert"
          placeholder={t('firms.queue.search')}
          data-testid="queue-search"
          onSearch={(value) => {
            setSearch(value);
            setPage(0);
          }}
        />
        {state.kind === 'failed' && (
          <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
        )}
        <Table<CertificationView>
          data-testid="verification-queue"
          rowKey="id"
          size="middle"
          columns={columns}
          loading={state.kind === 'loading'}
          dataSource={state.kind === 'loaded' ? state.value.items : []}
          pagination={{
            current: page + 1,
            pageSize: SIZE,
            total: state.kind === 'loaded' ? state.value.total : 0,
            showSizeChanger: false,
            onChange: (next) => setPage(next - 1),
          }}
        />
      </Card>
      <Modal
        open={rejecting !== null}
        title={t('firms.queue.rejectTitle')}
        okText={t('firms.queue.reject')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        cancelText={t('common.cancel')}
        onCancel={() => setRejecting(null)}
        onOk={() => {
          const target = rejecting;
          setRejecting(null);
          if (target) void act(() => firmsApi.reject(target.id, reason), t('firms.queue.rejected'));
        }}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          value={reason}
          placeholder={t('firms.queue.reason')}
          data-testid="reject-reason"
          onChange={(event) => setReason(event.target.value)}
        />
      </Modal>
    </section>
  );
}
