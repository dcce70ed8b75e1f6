// The tender's client acts on it by state: edit and publish a draft, amend an open tender, cancel
// (with a reason) a draft, an open tender or one under evaluation.
import type { TFunction } from 'i18next';
import { EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { describeError } from '../../accounts/serverErrors';
import { ApiError } from '../../shared/api';
import { tendersApi } from '../api';
import { fieldLabel, localiseServerMessage } from '../serverMessages';
import type { Tender } from '../types';

function problemLines(error: unknown, t: TFunction): string[] {
  if (error instanceof ApiError && error.problem.errors?.length) {
    return error.problem.errors.map(
      (e) => `${fieldLabel(e.field ?? e.name ?? '', t)}: ${localiseServerMessage(e.message, t)}`,
    );
  }
  return [t('common.actionFailed', { message: describeError(error, t) })];
}

export function ClientActions({
  tender,
  biddingOpen,
  onChanged,
}: {
  tender: Tender;
  biddingOpen: boolean;
  onChanged: (tender: Tender) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [cancelling, setCancelling] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const publish = async () => {
    setBusy(true);
    setProblems([]);
    try {
      onChanged(await tendersApi.publish(tender.id));
    } catch (error) {
      setProblems(problemLines(error, t));
    } finally {
      setBusy(false);
    }
  };

  const cancel = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setProblems([]);
    try {
      onChanged(await tendersApi.cancel(tender.id, reason.trim()));
      setCancelling(false);
    } catch (error) {
      setProblems(problemLines(error, t));
      setCancelling(false);
    } finally {
      setBusy(false);
    }
  };

  const editable = tender.status === 'DRAFT' || (tender.status === 'ACTIVE' && biddingOpen);
  const cancellable = ['DRAFT', 'ACTIVE', 'EVALUATION'].includes(tender.status);
  if (!editable && !cancellable) return null;

  return (
    <>
      <Space wrap>
        {editable && (
          <Button
            icon={<EditOutlined />}
            onClick={() => void navigate(`/tenders/${tender.id}/edit`)}
            data-testid="tender-edit"
          >
            {tender.status === 'DRAFT' ? t('tenders.actions.edit') : t('tenders.actions.amend')}
          </Button>
        )}
        {tender.status === 'DRAFT' && (
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={busy}
            onClick={() => void publish()}
            data-testid="tender-publish"
          >
            {t('tenders.actions.publish')}
          </Button>
        )}
        {cancellable && (
          <Button
            danger
            icon={<StopOutlined />}
            onClick={() => setCancelling(true)}
            data-testid="tender-cancel"
          >
            {t('tenders.actions.cancel')}
          </Button>
        )}
      </Space>
      {problems.length > 0 && (
        <Alert
          className="waibao-tender-gap"
          type="error"
          showIcon
          data-testid="tender-action-error"
          title={t('tenders.actions.failed')}
          description={
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Modal
        open={cancelling}
        title={t('tenders.actions.cancelTitle')}
        okText={t('tenders.actions.cancelConfirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: busy, 'data-testid': 'cancel-confirm' }}
        onOk={() => form.submit()}
        onCancel={() => setCancelling(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void cancel(values)}>
          <Form.Item
            name="reason"
            label={t('tenders.actions.cancelReason')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 1000, message: t('validation.tooLong', { max: 1000 }) },
            ]}
          >
            <Input.TextArea rows={3} data-testid="cancel-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
