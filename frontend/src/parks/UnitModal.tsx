// Adds or changes one space unit; the server refuses a unit that would overfill the park and the
// form shows why on the field it names.
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requiredRule } from '../accounts/rules';
import { describeError, showFieldErrors } from '../accounts/serverErrors';
import { ApiError } from '../shared/api';
import { UNIT_STATUSES, type SpaceUnit, type UnitInput } from './types';

const FIELDS = ['building', 'floor', 'unitCode', 'area', 'seats', 'status'];

export function UnitModal({
  open,
  unit,
  onClose,
  onSave,
}: {
  open: boolean;
  unit: SpaceUnit | null;
  onClose: () => void;
  onSave: (input: UnitInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UnitInput>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      setProblem(null);
      form.resetFields();
      form.setFieldsValue(
        unit ?? {
          building: '',
          floor: '',
          unitCode: '',
          area: undefined,
          seats: 0,
          status: 'AVAILABLE',
        },
      );
    }
  }, [open, unit, form]);

  const submit = async () => {
    let values: UnitInput;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await onSave(values);
      onClose();
    } catch (error) {
      if (error instanceof ApiError && (error.status === 400 || error.status === 409)) {
        const unplaced = showFieldErrors(form, error, FIELDS, { area: t('parks.unit.exceeds') }, t);
        if (unplaced.length > 0) setProblem(unplaced.join('; '));
      } else {
        setProblem(describeError(error, t));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={unit ? t('parks.unit.editTitle') : t('parks.unit.addTitle')}
      okText={t('parks.unit.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'unit-submit' } as Record<string, string>}
      destroyOnHidden
    >
      {problem && <Alert className="waibao-form-alert" type="error" showIcon title={problem} />}
      <Form<UnitInput> form={form} layout="vertical">
        <Form.Item name="building" label={t('parks.unit.building')} rules={[requiredRule(t)]}>
          <Input data-testid="unit-building" maxLength={60} />
        </Form.Item>
        <Form.Item name="floor" label={t('parks.unit.floor')} rules={[requiredRule(t)]}>
          <Input data-testid="unit-floor" maxLength={20} />
        </Form.Item>
        <Form.Item name="unitCode" label={t('parks.unit.unitCode')} rules={[requiredRule(t)]}>
          <Input data-testid="unit-code" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="area"
          label={t('parks.unit.areaLabel')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber data-testid="unit-area" min={0.01} className="waibao-full" />
        </Form.Item>
        <Form.Item
          name="seats"
          label={t('parks.unit.seats')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber data-testid="unit-seats" min={0} className="waibao-full" />
        </Form.Item>
        <Form.Item
          name="status"
          label={t('parks.unit.status')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            data-testid="unit-status"
            options={UNIT_STATUSES.map((status) => ({
              value: status,
              label: t(`parks.unitStatus.${status}`),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
