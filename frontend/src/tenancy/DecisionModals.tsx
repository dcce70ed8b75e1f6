// The park operator's decisions on one application or lease: approve (units or open-plan space,
// rent, maybe a later start), reject with a reason, terminate from a last day with a reason. The
// server's refusals (a unit leased meanwhile, the park full) land on the fields they name.
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../accounts/localName';
import { describeError, showFieldErrors } from '../accounts/serverErrors';
import { currentLanguage } from '../i18n';
import type { SpaceUnit } from '../parks/types';
import { ApiError } from '../shared/api';
import { useDayjsLocale } from '../tenders/dayjsLocale';
import { tenancyApi } from './api';
import { endAfter } from './dates';
import { requestedSpace, unitLabel } from './space';
import type { Lease } from './types';
import { provinceToday } from '../shared/provinceCalendar';

const DATE = 'YYYY-MM-DD';

function tenantName(lease: Lease, language: ReturnType<typeof currentLanguage>) {
  return localName({ nameZh: lease.vendorNameZh, nameEn: lease.vendorNameEn }, language);
}

/** Runs a decision; a refusal goes onto the named fields, or into the returned message. */
async function decide<V extends object>(
  form: FormInstance<V>,
  fields: string[],
  messages: Partial<Record<string, string>>,
  action: () => Promise<unknown>,
  t: TFunction,
): Promise<string | null> {
  try {
    await action();
    return null;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 400 || error.status === 409)) {
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
      const unplaced = showFieldErrors(form, mapped, fields, messages, t);
      if (unplaced.length > 0 || (error.problem.errors ?? []).length === 0) {
        return [describeError(error, t), ...unplaced].join('; ');
      }
      return '';
    }
    return t('common.actionFailed', { message: describeError(error, t) });
  }
}

interface ApproveValues {
  unitIds: string[];
  area: number | null;
  seats: number | null;
  monthlyRent: number | null;
  startDate: Dayjs | null;
}

export function ApproveModal({
  lease,
  units,
  baseRent,
  onClose,
  onDone,
}: {
  lease: Lease | null;
  units: SpaceUnit[];
  baseRent: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  useDayjsLocale();
  const [form] = Form.useForm<ApproveValues>();
  const chosen = Form.useWatch('unitIds', form) ?? [];
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!lease) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue({
      unitIds: lease.requestedUnits.map((u) => u.id),
      area: lease.requestedUnits.length === 0 ? lease.requestedArea : null,
      seats: lease.requestedUnits.length === 0 ? lease.requestedSeats : null,
      monthlyRent: Math.round(baseRent * lease.requestedArea * 100) / 100 || null,
      startDate: null,
    });
  }, [lease, baseRent, form]);

  const submit = async () => {
    if (!lease) return;
    let values: ApproveValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setProblem(null);
    const byUnits = values.unitIds.length > 0;
    const message = await decide(
      form,
      ['unitIds', 'area', 'seats', 'monthlyRent', 'startDate'],
      { monthlyRent: t('tenancy.approve.rentPositive') },
      () =>
        tenancyApi.approve(lease.id, {
          unitIds: values.unitIds,
          area: byUnits ? null : values.area,
          seats: byUnits ? null : values.seats,
          monthlyRent: values.monthlyRent ?? 0,
          startDate: values.startDate ? values.startDate.format(DATE) : null,
        }),
      t,
    );
    setBusy(false);
    if (message === null) {
      onDone();
    } else if (message) {
      setProblem(message);
    }
  };

  const offered = units.filter(
    (u) =>
      u.status === 'AVAILABLE' ||
      u.status === 'RESERVED' ||
      lease?.requestedUnits.some((r) => r.id === u.id),
  );
  return (
    <Modal
      open={lease !== null}
      title={lease ? t('tenancy.approve.title', { tenant: tenantName(lease, language) }) : ''}
      okText={t('tenancy.approve.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'approve-submit' } as Record<string, string>}
      destroyOnHidden
    >
      {lease && (
        <Typography.Paragraph type="secondary">
          {t('tenancy.approve.requested', {
            space: requestedSpace(lease, language, t),
            start: lease.startDate,
            months: lease.termMonths,
          })}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="unitIds" label={t('tenancy.units')} extra={t('tenancy.approve.unitsHelp')}>
          <Select
            mode="multiple"
            data-testid="approve-units"
            optionFilterProp="label"
            options={offered.map((u) => ({ value: u.id, label: unitLabel(u, language, t) }))}
          />
        </Form.Item>
        {chosen.length === 0 && (
          <>
            <Form.Item
              name="area"
              label={`${t('tenancy.area')} (m²)`}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <InputNumber min={0.01} data-testid="approve-area" />
            </Form.Item>
            <Form.Item
              name="seats"
              label={t('tenancy.seats')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <InputNumber min={0} precision={0} data-testid="approve-seats" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="monthlyRent"
          label={t('tenancy.monthlyRent')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: (_r, value: number | null) =>
                value === null || value === undefined || value > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('tenancy.approve.rentPositive'))),
            },
          ]}
        >
          <InputNumber precision={2} data-testid="approve-rent" />
        </Form.Item>
        <Form.Item
          name="startDate"
          label={t('tenancy.start')}
          extra={t('tenancy.approve.startHelp')}
        >
          <DatePicker
            format={DATE}
            data-testid="approve-start"
            disabledDate={(day) => day.isBefore(dayjs(provinceToday()), 'day')}
          />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} data-testid="approve-error" />}
      </Form>
    </Modal>
  );
}

interface ReasonValues {
  reason: string;
  lastDay?: Dayjs | null;
}

/** Rejects an application, or (with `terminate`) ends a lease after a last day, with a reason. */
export function ReasonModal({
  lease,
  terminate,
  onClose,
  onDone,
}: {
  lease: Lease | null;
  terminate: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  useDayjsLocale();
  const [form] = Form.useForm<ReasonValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const prefix = terminate ? 'terminate' : 'reject';

  useEffect(() => {
    if (lease) {
      setProblem(null);
      form.resetFields();
    }
  }, [lease, form]);

  const submit = async () => {
    if (!lease) return;
    let values: ReasonValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setProblem(null);
    const message = await decide(
      form,
      ['reason', 'endDate'],
      {},
      () =>
        terminate
          ? tenancyApi.terminate(
              lease.id,
              endAfter((values.lastDay ?? dayjs(provinceToday())).format(DATE)),
              values.reason.trim(),
            )
          : tenancyApi.reject(lease.id, values.reason.trim()),
      t,
    );
    setBusy(false);
    if (message === null) {
      onDone();
    } else {
      setProblem(message || t('validation.invalid'));
    }
  };

  return (
    <Modal
      open={lease !== null}
      title={lease ? t(`tenancy.${prefix}.title`, { tenant: tenantName(lease, language) }) : ''}
      okText={t(`tenancy.${prefix}.submit`)}
      okButtonProps={{
        danger: true,
        ...({ 'data-testid': `${prefix}-submit` } as Record<string, string>),
      }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        {terminate && (
          <Form.Item
            name="lastDay"
            label={t('tenancy.lastDay')}
            extra={t('tenancy.terminate.lastDayHelp')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DatePicker
              format={DATE}
              data-testid="terminate-last-day"
              disabledDate={(day) => day.isBefore(dayjs(provinceToday()).subtract(1, 'day'), 'day')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('tenancy.reason')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 1000 },
          ]}
        >
          <Input.TextArea rows={3} data-testid={`${prefix}-reason`} />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} data-testid={`${prefix}-error`} />}
      </Form>
    </Modal>
  );
}
