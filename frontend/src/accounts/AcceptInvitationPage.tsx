// Where an invitation link leads: shows which organisation invites whom in which role, and creates
// the invitee's account (name and password), signed in straight away.
import './accounts.css';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { currentLanguage } from '../i18n';
import { ApiError } from '../shared/api';
import { accountsApi } from './api';
import { localName } from './localName';
import { confirmRule, maxLengthRule, passwordRules, requiredRule } from './rules';
import { describeError, showFieldErrors } from './serverErrors';
import type { InvitationPreview } from './types';
import { useSession } from './useSession';

interface AcceptValues {
  displayName: string;
  password: string;
  confirmPassword: string;
}

type Load =
  | { kind: 'loading' }
  | { kind: 'loaded'; invitation: InvitationPreview }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { token = '' } = useParams();
  const { me, acceptInvitation } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<AcceptValues>();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    accountsApi.invitation(token).then(
      (invitation) => live && setLoad({ kind: 'loaded', invitation }),
      (error: unknown) => {
        if (!live) return;
        setLoad(
          error instanceof ApiError && (error.status === 404 || error.status === 410)
            ? { kind: 'invalid' }
            : { kind: 'failed', message: describeError(error, t) },
        );
      },
    );
    return () => {
      live = false;
    };
  }, [token, t]);

  if (load.kind === 'loading') {
    return (
      <Spin size="large">
        <div className="waibao-loading" />
      </Spin>
    );
  }
  if (load.kind === 'invalid' || load.kind === 'failed') {
    return (
      <Result
        status={load.kind === 'invalid' ? '404' : 'error'}
        title={<span data-testid="page-title">{t('invitation.invalidTitle')}</span>}
        subTitle={
          load.kind === 'invalid'
            ? t('invitation.invalidDetail')
            : t('common.loadFailed', { message: load.message })
        }
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('common.backHome')}
          </Button>
        }
      />
    );
  }

  const { invitation } = load;
  const organisation = localName(invitation.organisation, language);

  const submit = async ({ displayName, password }: AcceptValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await acceptInvitation(token, displayName.trim(), password);
      void navigate('/account', { replace: true, state: { welcome: 'invited' } });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
        const unplaced = showFieldErrors(
          form,
          error,
          ['displayName', 'password'],
          { password: t('validation.password.server') },
          t,
        );
        setFailure(unplaced.length > 0 ? unplaced.join('; ') : null);
      } else if (error instanceof ApiError && (error.status === 404 || error.status === 410)) {
        setLoad({ kind: 'invalid' });
      } else {
        setFailure(t('common.actionFailed', { message: describeError(error, t) }));
      }
    }
  };

  return (
    <section className="waibao-page waibao-narrow">
      <Typography.Title level={2} data-testid="page-title">
        {t('invitation.title')}
      </Typography.Title>
      <Typography.Paragraph className="waibao-lead">
        {t('invitation.lead', {
          organisation,
          kind: t(`kind.${invitation.organisation.kind}`),
          role: t(`role.${invitation.role}`),
        })}
      </Typography.Paragraph>
      {me !== null && (
        <Alert
          className="waibao-form-alert"
          type="info"
          showIcon
          title={t('invitation.signedInNotice', { name: me.displayName })}
        />
      )}
      <Card>
        <Descriptions
          column={1}
          size="small"
          className="waibao-card-gap-bottom"
          items={[
            {
              key: 'organisation',
              label: t('invitation.organisation'),
              children: <span data-testid="invitation-organisation">{organisation}</span>,
            },
            { key: 'role', label: t('invitation.role'), children: t(`role.${invitation.role}`) },
            { key: 'email', label: t('invitation.email'), children: invitation.email },
          ]}
        />
        <Form<AcceptValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(values)}
        >
          <input type="hidden" autoComplete="username" value={invitation.email} readOnly />
          <Form.Item
            name="displayName"
            label={t('invitation.displayName')}
            rules={[requiredRule(t), maxLengthRule(t, 100)]}
          >
            <Input autoComplete="name" data-testid="invitation-displayName" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('invitation.password')}
            extra={t('register.passwordHint')}
            rules={passwordRules(t, () => invitation.email)}
          >
            <Input.Password autoComplete="new-password" data-testid="invitation-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('invitation.confirmPassword')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('validation.required') },
              confirmRule(t, () => form.getFieldValue('password')),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="invitation-confirm" />
          </Form.Item>
          {failure !== null && (
            <Alert className="waibao-form-alert" type="error" showIcon title={failure} />
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submitting}
            data-testid="invitation-submit"
          >
            {t('invitation.submit')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
