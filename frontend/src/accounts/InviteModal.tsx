// Inviting a member: the admin enters an e-mail and a role and gets a link to hand over. No e-mail is
// sent, and the link (its token) is shown only once, so it is copyable right here.
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { ApiError } from '../shared/api';
import { accountsApi } from './api';
import { formatDateTime } from './format';
import { emailRules } from './rules';
import { describeError, showFieldErrors } from './serverErrors';
import { ROLES, type CreatedInvitation, type Role } from './types';

interface InviteValues {
  email: string;
  role: Role;
}

export function invitationLink(token: string): string {
  return `${window.location.origin}/invitations/${encodeURIComponent(token)}`;
}

export function InviteModal({
  open,
  onClose,
  onInvited,
}: {
  open: boolean;
  onClose: () => void;
  onInvited: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InviteValues>();
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    form.resetFields();
    setCreated(null);
    setFailure(null);
    onClose();
  };

  const submit = async ({ email, role }: InviteValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      setCreated(await accountsApi.invite(email.trim(), role));
      onInvited();
    } catch (error) {
      if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
        const unplaced = showFieldErrors(form, error, ['email', 'role'], {}, t);
        setFailure(unplaced.length > 0 ? unplaced.join('; ') : null);
      } else {
        setFailure(t('common.actionFailed', { message: describeError(error, t) }));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={created === null ? t('invite.title') : t('invite.createdTitle')}
      onCancel={close}
      destroyOnHidden
      {...(created === null
        ? {
            okText: t('invite.submit'),
            cancelText: t('common.cancel'),
            confirmLoading: submitting,
            onOk: () => form.submit(),
            okButtonProps: { 'data-testid': 'invite-submit' },
          }
        : {
            okText: t('common.done'),
            onOk: close,
            cancelButtonProps: { style: { display: 'none' } },
          })}
    >
      {created === null ? (
        <Form<InviteValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ role: 'MEMBER' }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="email" label={t('invite.email')} rules={emailRules(t)}>
            <Input autoComplete="off" inputMode="email" data-testid="invite-email" />
          </Form.Item>
          <Form.Item name="role" label={t('invite.role')}>
            <Select
              data-testid="invite-role"
              options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            />
          </Form.Item>
          {failure !== null && <Alert type="error" showIcon title={failure} />}
        </Form>
      ) : (
        <>
          <Typography.Paragraph>
            {t('invite.createdHint', {
              email: created.email,
              expiresAt: formatDateTime(created.expiresAt, currentLanguage()),
            })}
          </Typography.Paragraph>
          <Typography.Paragraph
            className="waibao-invitation-link"
            data-testid="invite-link"
            copyable
          >
            {invitationLink(created.token)}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
