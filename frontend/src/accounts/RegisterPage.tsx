// Self-registration: an organisation (client, vendor or park operator) and its first admin, who is
// signed in straight away. Fields are checked as they are typed; the server's verdict lands on the
// same fields.
import './accounts.css';
import { Alert, Button, Card, Col, Divider, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { currentLanguage } from '../i18n';
import { ApiError } from '../shared/api';
import { useCities } from './cities';
import { KindPicker } from './KindPicker';
import { localName } from './localName';
import { creditCodeRules, emailRules, maxLengthRule, passwordRules, requiredRule } from './rules';
import { describeError, showFieldErrors } from './serverErrors';
import type { RegistrationRequest, SelfRegisteredKind } from './types';
import { useSession } from './useSession';

interface RegisterValues {
  organisation: {
    kind?: SelfRegisteredKind;
    nameZh: string;
    nameEn?: string;
    creditCode: string;
    city?: string;
    contactName?: string;
    contactPhone?: string;
  };
  user: { email: string; password: string; displayName: string };
}

/** The form's fields as the backend names them in `errors[].field`. */
const FIELDS = [
  'organisation.kind',
  'organisation.nameZh',
  'organisation.nameEn',
  'organisation.creditCode',
  'organisation.city',
  'organisation.contactName',
  'organisation.contactPhone',
  'user.email',
  'user.password',
  'user.displayName',
] as const;

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function toRequest(values: RegisterValues): RegistrationRequest {
  const { organisation, user } = values;
  const nameEn = optional(organisation.nameEn);
  const contactName = optional(organisation.contactName);
  const contactPhone = optional(organisation.contactPhone);
  return {
    organisation: {
      kind: organisation.kind!,
      nameZh: organisation.nameZh.trim(),
      ...(nameEn === undefined ? {} : { nameEn }),
      creditCode: organisation.creditCode.trim(),
      city: organisation.city!,
      ...(contactName === undefined ? {} : { contactName }),
      ...(contactPhone === undefined ? {} : { contactPhone }),
    },
    user: {
      email: user.email.trim(),
      password: user.password,
      displayName: user.displayName.trim(),
    },
  };
}

export function RegisterPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me, register } = useSession();
  const navigate = useNavigate();
  const cities = useCities();
  const [form] = Form.useForm<RegisterValues>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string[] | null>(null);

  const submit = async (values: RegisterValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await register(toRequest(values));
      void navigate('/account', { replace: true, state: { welcome: 'registered' } });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) {
        const unplaced = showFieldErrors(
          form,
          error,
          FIELDS,
          {
            'organisation.kind': t('validation.kindRequired'),
            'organisation.creditCode': t('validation.creditCode.server'),
            'organisation.city': t('validation.cityRequired'),
            'user.password': t('validation.password.server'),
            'user.email': error.status === 409 ? t('validation.emailTaken') : t('validation.email'),
          },
          t,
        );
        setFailure([t('validation.checkFields'), ...unplaced]);
      } else {
        setFailure([t('register.failed', { message: describeError(error, t) })]);
      }
    }
  };

  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('register.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('register.lead')}
      </Typography.Paragraph>
      {me !== null && (
        <Alert
          className="waibao-form-alert"
          type="info"
          showIcon
          title={t('register.signedInNotice', { name: me.displayName })}
        />
      )}
      <Card>
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          requiredMark="optional"
          scrollToFirstError
          onFinish={(values) => void submit(values)}
        >
          <Typography.Title level={4}>{t('register.kindTitle')}</Typography.Title>
          <Form.Item
            name={['organisation', 'kind']}
            rules={[{ required: true, message: t('validation.kindRequired') }]}
          >
            <KindPicker />
          </Form.Item>

          <Divider />
          <Typography.Title level={4}>{t('register.organisationTitle')}</Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'nameZh']}
                label={t('register.nameZh')}
                rules={[requiredRule(t), maxLengthRule(t, 200)]}
              >
                <Input autoComplete="organization" data-testid="register-nameZh" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'nameEn']}
                label={t('register.nameEn')}
                rules={[maxLengthRule(t, 200)]}
              >
                <Input lang="en" data-testid="register-nameEn" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'creditCode']}
                label={t('register.creditCode')}
                extra={t('register.creditCodeHint')}
                rules={creditCodeRules(t)}
                normalize={(value?: string) => value?.toUpperCase().replace(/\s/g, '')}
              >
                <Input
                  maxLength={18}
                  showCount
                  spellCheck={false}
                  className="waibao-monospace"
                  data-testid="register-creditCode"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'city']}
                label={t('register.city')}
                rules={[{ required: true, message: t('validation.cityRequired') }]}
                {...(cities.kind === 'failed'
                  ? { validateStatus: 'error' as const, help: t('register.citiesFailed') }
                  : {})}
              >
                <Select
                  data-testid="register-city"
                  placeholder={t('register.cityPlaceholder')}
                  loading={cities.kind === 'loading'}
                  showSearch={{ optionFilterProp: 'label' }}
                  virtual={false}
                  options={
                    cities.kind === 'loaded'
                      ? cities.cities.map((city) => ({
                          value: city.code,
                          label: localName(city, language),
                        }))
                      : []
                  }
                  optionRender={(option) => (
                    <span data-testid={`register-city-option-${String(option.value)}`}>
                      {option.label}
                    </span>
                  )}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'contactName']}
                label={t('register.contactName')}
                rules={[maxLengthRule(t, 100)]}
              >
                <Input autoComplete="name" data-testid="register-contactName" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['organisation', 'contactPhone']}
                label={t('register.contactPhone')}
                rules={[
                  maxLengthRule(t, 32),
                  { pattern: /^[0-9+()\-\s]*$/, message: t('validation.phone') },
                ]}
              >
                <Input autoComplete="tel" inputMode="tel" data-testid="register-contactPhone" />
              </Form.Item>
            </Col>
          </Row>

          <Divider />
          <Typography.Title level={4}>{t('register.userTitle')}</Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['user', 'displayName']}
                label={t('register.displayName')}
                rules={[requiredRule(t), maxLengthRule(t, 100)]}
              >
                <Input autoComplete="name" data-testid="register-displayName" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['user', 'email']} label={t('register.email')} rules={emailRules(t)}>
                <Input autoComplete="email" inputMode="email" data-testid="register-email" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['user', 'password']}
                label={t('register.password')}
                extra={t('register.passwordHint')}
                dependencies={[['user', 'email']]}
                rules={passwordRules(t, () => form.getFieldValue(['user', 'email']) as string)}
              >
                <Input.Password autoComplete="new-password" data-testid="register-password" />
              </Form.Item>
            </Col>
          </Row>

          {failure !== null && (
            <Alert
              className="waibao-form-alert"
              type="error"
              showIcon
              data-testid="register-error"
              title={failure[0]}
              description={
                failure.length > 1 ? (
                  <ul className="waibao-plain-list">
                    {failure.slice(1).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          )}
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            loading={submitting}
            data-testid="register-submit"
          >
            {t('register.submit')}
          </Button>
          <Typography.Text className="waibao-form-aside">
            {t('register.haveAccount')} <Link to="/sign-in">{t('register.signInLink')}</Link>
          </Typography.Text>
        </Form>
      </Card>
    </section>
  );
}
