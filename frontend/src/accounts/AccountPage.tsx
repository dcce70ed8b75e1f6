// My account: who I am, for which organisation, and changing my password.
import './accounts.css';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { currentLanguage } from '../i18n';
import { ApiError } from '../shared/api';
import { useCities } from './cities';
import { localName } from './localName';
import { confirmRule, passwordRules } from './rules';
import { describeError, showFieldErrors } from './serverErrors';
import type { Me } from './types';
import { useSession } from './useSession';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const { changePassword } = useSession();
  const [form] = Form.useForm<PasswordValues>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);

  const submit = async ({ currentPassword, newPassword }: PasswordValues) => {
    setSubmitting(true);
    setFailure(null);
    setChanged(false);
    try {
      await changePassword(currentPassword, newPassword);
      form.resetFields();
      setChanged(true);
    } catch (error) {
      if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
        const unplaced = showFieldErrors(
          form,
          error,
          ['currentPassword', 'newPassword'],
          {
            currentPassword: t('profile.wrongCurrent'),
            newPassword: t('validation.password.server'),
          },
          t,
        );
        setFailure(unplaced.length > 0 ? unplaced.join('; ') : null);
      } else {
        setFailure(t('common.actionFailed', { message: describeError(error, t) }));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<PasswordValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void submit(values)}
    >
      {/* Lets password managers tie the new password to the account. */}
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <Form.Item
        name="currentPassword"
        label={t('profile.currentPassword')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('profile.newPassword')}
        extra={t('register.passwordHint')}
        rules={passwordRules(t, () => email)}
      >
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('profile.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('validation.required') },
          confirmRule(t, () => form.getFieldValue('newPassword')),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      {failure !== null && (
        <Alert className="waibao-form-alert" type="error" showIcon title={failure} />
      )}
      {changed && (
        <Alert
          className="waibao-form-alert"
          type="success"
          showIcon
          title={t('profile.changed')}
          data-testid="password-changed"
        />
      )}
      <Button type="primary" htmlType="submit" loading={submitting} data-testid="password-submit">
        {t('profile.submit')}
      </Button>
    </Form>
  );
}

function Profile({ me }: { me: Me }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const cities = useCities();
  const city =
    cities.kind === 'loaded' ? cities.cities.find((c) => c.code === me.organisation.city) : null;
  return (
    <Descriptions
      column={1}
      bordered
      size="middle"
      items={[
        {
          key: 'displayName',
          label: t('profile.displayName'),
          children: <span data-testid="profile-displayName">{me.displayName}</span>,
        },
        {
          key: 'email',
          label: t('profile.email'),
          children: <span data-testid="profile-email">{me.email}</span>,
        },
        { key: 'role', label: t('profile.role'), children: t(`role.${me.role}`) },
        {
          key: 'organisation',
          label: t('profile.organisation'),
          children: (
            <span data-testid="profile-organisation">{localName(me.organisation, language)}</span>
          ),
        },
        {
          key: 'kind',
          label: t('profile.organisationKind'),
          children: t(`kind.${me.organisation.kind}`),
        },
        {
          key: 'creditCode',
          label: t('profile.creditCode'),
          children: <span className="waibao-monospace">{me.organisation.creditCode}</span>,
        },
        {
          key: 'city',
          label: t('profile.city'),
          children: city ? localName(city, language) : me.organisation.city,
        },
      ]}
    />
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { state } = useLocation();
  if (me === null) return null; // RequireSession renders this page only when signed in
  // Registration and accepting an invitation land here with a welcome.
  const welcome = (state as { welcome?: string } | null)?.welcome;
  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('profile.title')}
      </Typography.Title>
      {welcome !== undefined && (
        <Alert
          className="waibao-form-alert"
          type="success"
          showIcon
          closable
          data-testid="account-welcome"
          title={
            welcome === 'invited'
              ? t('invitation.accepted', {
                  organisation: localName(me.organisation, currentLanguage()),
                })
              : t('register.success')
          }
        />
      )}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={14}>
          <Card title={t('profile.detailsTitle')}>
            <Profile me={me} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('profile.passwordTitle')}>
            <ChangePasswordForm email={me.email} />
          </Card>
        </Col>
      </Row>
    </section>
  );
}
