// A vendor applies for space in a park: specific units, or an area and seats of open-plan space,
// from a start date for a number of months. The server's refusals land on the fields they name.
import '../parks/parks.css';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Spin,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { describeError, showFieldErrors } from '../accounts/serverErrors';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { parksApi } from '../parks/api';
import { useLoad } from '../parks/useLoad';
import { ApiError } from '../shared/api';
import { useDayjsLocale } from '../tenders/dayjsLocale';
import { useIdempotencyKey } from '../tenders/idempotency';
import { tenancyApi } from './api';
import { unitLabel } from './space';
import { provinceToday } from '../shared/provinceCalendar';

const DATE = 'YYYY-MM-DD';
const FIELDS = ['unitIds', 'area', 'seats', 'startDate', 'termMonths', 'message'];

interface Values {
  mode: 'units' | 'open';
  unitIds: string[];
  area: number | null;
  seats: number | null;
  startDate: Dayjs | null;
  termMonths: number | null;
  message: string;
}

export function ApplyForSpacePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  useDayjsLocale();
  const { me } = useSession();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  // `?unit=<id>` (repeatable) preselects units, e.g. from a link on the park's page
  const [search] = useSearchParams();
  const load = useCallback(() => parksApi.park(id), [id]);
  const [state] = useLoad(load);
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'units';
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const key = useIdempotencyKey();

  if (me?.organisation.kind !== 'VENDOR') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('tenancy.apply.onlyVendors')}
      />
    );
  }
  if (state.kind === 'loading') return <Spin size="large" />;
  if (state.kind === 'notFound' || state.kind === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed', {
          message: state.kind === 'failed' ? state.message : t('parks.notFound'),
        })}
      />
    );
  }
  const park = state.value;
  const units = park.units.filter((u) => u.status === 'AVAILABLE' || u.status === 'RESERVED');
  const preselected = search.getAll('unit').filter((unit) => units.some((u) => u.id === unit));

  const submit = async (values: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      const byUnits = values.mode === 'units';
      await tenancyApi.apply(
        {
          parkId: park.id,
          unitIds: byUnits ? values.unitIds : [],
          area: byUnits ? null : values.area,
          seats: byUnits ? null : values.seats,
          startDate: (values.startDate ?? dayjs(provinceToday())).format(DATE),
          termMonths: values.termMonths ?? 0,
          message: values.message?.trim() ? values.message.trim() : null,
        },
        key.current(),
      );
      key.done();
      void navigate('/my/leases', { state: { applied: true } });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 400 || error.status === 409)) {
        // unitIds[2] → the units field
        const mapped = new ApiError(
          {
            ...error.problem,
            errors: (error.problem.errors ?? []).map((e) => ({
              ...e,
              field: (e.field ?? e.name)?.replace(/\[\d+\]$/, ''),
            })),
          },
          error.body,
        );
        const unplaced = showFieldErrors(form, mapped, FIELDS, {}, t);
        if (unplaced.length > 0 || (error.problem.errors ?? []).length === 0) {
          setProblem([describeError(error, t), ...unplaced].join('; '));
        }
      } else {
        setProblem(t('common.actionFailed', { message: describeError(error, t) }));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('tenancy.apply.title', { park: localName(park, language) })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('tenancy.apply.lead')}
      </Typography.Paragraph>
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          initialValues={{
            mode: units.length > 0 ? 'units' : 'open',
            unitIds: preselected,
            area: null,
            seats: null,
            startDate: dayjs(provinceToday()),
            termMonths: 12,
            message: '',
          }}
          data-testid="apply-form"
        >
          <Form.Item name="mode" label={t('tenancy.apply.mode')}>
            <Radio.Group>
              <Radio value="units" data-testid="apply-mode-units" disabled={units.length === 0}>
                {t('tenancy.apply.modeUnits')}
              </Radio>
              <Radio value="open" data-testid="apply-mode-open">
                {t('tenancy.apply.modeOpen')}
              </Radio>
            </Radio.Group>
          </Form.Item>
          {mode === 'units' ? (
            <Form.Item
              name="unitIds"
              label={t('tenancy.units')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Select
                mode="multiple"
                data-testid="apply-units"
                placeholder={t('tenancy.apply.unitsPlaceholder')}
                notFoundContent={t('tenancy.apply.noUnits')}
                optionFilterProp="label"
                options={units.map((u) => ({
                  value: u.id,
                  label: unitLabel(u, language, t),
                }))}
              />
            </Form.Item>
          ) : (
            <>
              <Form.Item
                name="area"
                label={`${t('tenancy.area')} (m²)`}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <InputNumber min={0.01} step={10} data-testid="apply-area" />
              </Form.Item>
              <Form.Item
                name="seats"
                label={t('tenancy.seats')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <InputNumber min={0} precision={0} data-testid="apply-seats" />
              </Form.Item>
            </>
          )}
          <Form.Item
            name="startDate"
            label={t('tenancy.start')}
            rules={[
              { required: true, message: t('validation.required') },
              {
                validator: (_rule, value: Dayjs | null) =>
                  !value || !value.isBefore(dayjs(provinceToday()), 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('tenancy.apply.startInPast'))),
              },
            ]}
          >
            <DatePicker format={DATE} data-testid="apply-start" />
          </Form.Item>
          <Form.Item
            name="termMonths"
            label={t('tenancy.termMonths')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={1} max={240} precision={0} data-testid="apply-term" />
          </Form.Item>
          <Form.Item name="message" label={t('tenancy.message')}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="apply-message" />
          </Form.Item>
          {problem && <Alert type="error" showIcon title={problem} data-testid="apply-error" />}
          <Form.Item className="waibao-card-gap">
            <Button type="primary" htmlType="submit" loading={busy} data-testid="apply-submit">
              {t('tenancy.apply.submit')}
            </Button>{' '}
            <Link to={`/parks/${park.id}`}>{t('common.cancel')}</Link>
          </Form.Item>
        </Form>
      </Card>
    </section>
  );
}
