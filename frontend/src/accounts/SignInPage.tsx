// Sign in with email and password, then go back to where the visitor came from (`?returnTo=`).
import './accounts.css';
import { LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { ApiError } from '../shared/api';
import { safeReturnTo } from './navigation';
import { describeError } from './serverErrors';
import { PROBLEM } from './types';
import { useSession } from './useSession';

interface SignInValues {
  email: string;
  password: string;
}

type Failure =
  | { kind: 'credentials' }
  | { kind: 'throttled'; until: number | null }
  | { kind: 'other'; message: string };

function secondsUntil(until: number | null): number {
  return until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

/** Seconds left until `until` (epoch ms), re-rendering once a second until then; 0 when over. */
function useSecondsUntil(until: number | null): number {
  const [, tick] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (until === null) return undefined;
    const timer = window.setInterval(() => {
      tick();
      if (Date.now() >= until) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return secondsUntil(until);
}

export function SignInPage() {
  const { t } = useTranslation();
  const { status, signIn } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const expired = (location.state as { expired?: boolean } | null)?.expired === true;
  const [form] = Form.useForm<SignInValues>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const waitSeconds = useSecondsUntil(failure?.kind === 'throttled' ? failure.until : null);

  if (status === 'signedIn') {
    return <Navigate to={returnTo} replace />;
  }

  const submit = async ({ email, password }: SignInValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await signIn(email.trim(), password);
      // Signed in: the re-render above navigates to `returnTo`.
    } catch (error) {
      if (error instanceof ApiError && error.problem.type === PROBLEM.tooManyAttempts) {
        const seconds = error.retryAfterSeconds;
        setFailure({
          kind: 'throttled',
          until: seconds === undefined ? null : Date.now() + seconds * 1000,
        });
      } else if (error instanceof ApiError && error.status === 401) {
        setFailure({ kind: 'credentials' });
      } else {
        setFailure({ kind: 'other', message: describeError(error, t) });
      }
      setSubmitting(false);
    }
  };

  let alert: string | null = null;
  if (failure?.kind === 'credentials') alert = t('signIn.invalidCredentials');
  if (failure?.kind === 'throttled') {
    alert =
      waitSeconds > 0
        ? t('signIn.tooManyAttempts', { seconds: waitSeconds })
        : t('signIn.tooManyAttemptsLater');
  }
  if (failure?.kind === 'other') alert = t('signIn.failed', { message: failure.message });

  return (
    <section className="waibao-page waibao-narrow">
      <Typography.Title level={2} data-testid="page-title">
        {t('signIn.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('signIn.lead')}
      </Typography.Paragraph>
      <Card>
        {expired && failure === null && (
          <Alert
            className="waibao-form-alert"
            type="info"
            showIcon
            title={t('signIn.expired')}
            data-testid="signin-expired"
          />
        )}
        {alert !== null && (
          <Alert
            className="waibao-form-alert"
            type={failure?.kind === 'other' ? 'error' : 'warning'}
            showIcon
            title={alert}
            data-testid="signin-error"
            data-kind={failure?.kind}
          />
        )}
        <Form<SignInValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            name="email"
            label={t('signIn.email')}
            rules={[
              { required: true, message: t('validation.required') },
              { type: 'email', message: t('validation.email') },
            ]}
          >
            <Input autoComplete="username" inputMode="email" data-testid="signin-email" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signIn.password')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input.Password autoComplete="current-password" data-testid="signin-password" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            icon={<LoginOutlined />}
            loading={submitting}
            disabled={failure?.kind === 'throttled' && waitSeconds > 0}
            data-testid="signin-submit"
          >
            {t('signIn.submit')}
          </Button>
        </Form>
        <Typography.Paragraph className="waibao-form-footer">
          {t('signIn.noAccount')}{' '}
          <Link to="/register" data-testid="signin-register">
            {t('signIn.registerLink')}
          </Link>
        </Typography.Paragraph>
      </Card>
    </section>
  );
}
