// The operator's form for a park: details, focus categories and incentive policies. The level is
// the authority's to set and is not here.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../accounts/localName';
import { requiredRule } from '../accounts/rules';
import { describeError, showFieldErrors } from '../accounts/serverErrors';
import { currentLanguage } from '../i18n';
import { capabilityOptions, useReference } from '../reference/useReference';
import { ApiError } from '../shared/api';
import { INCENTIVE_TYPES, type ParkDetail, type ParkInput } from './types';

const FIELDS = [
  'nameZh',
  'nameEn',
  'city',
  'address',
  'totalArea',
  'leasableArea',
  'seats',
  'baseRent',
  'contactName',
  'contactPhone',
  'contactEmail',
  'description',
];

export function toInput(park: ParkDetail): ParkInput {
  return {
    nameZh: park.nameZh,
    nameEn: park.nameEn,
    city: park.city,
    address: park.address,
    totalArea: park.totalArea,
    leasableArea: park.leasableArea,
    seats: park.seats,
    baseRent: park.baseRent,
    focusCategories: park.focusCategories,
    contactName: park.contactName,
    contactPhone: park.contactPhone,
    contactEmail: park.contactEmail,
    description: park.description,
    incentives: park.incentives,
  };
}

export function ParkForm({
  initial,
  onSave,
}: {
  initial: ParkInput | null;
  onSave: (input: ParkInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const [form] = Form.useForm<ParkInput>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (values: ParkInput) => {
    setSaving(true);
    setProblem(null);
    try {
      await onSave({
        ...values,
        focusCategories: values.focusCategories ?? [],
        incentives: (values.incentives ?? []).map((incentive) => ({
          ...incentive,
          summaryEn: incentive.summaryEn || null,
          validTo: incentive.validTo || null,
        })),
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const unplaced = showFieldErrors(form, error, FIELDS, {}, t);
        setProblem(unplaced.length > 0 ? unplaced.join('; ') : t('validation.checkFields'));
      } else {
        setProblem(describeError(error, t));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<ParkInput>
      form={form}
      layout="vertical"
      initialValues={initial ?? { focusCategories: [], incentives: [], seats: 0, baseRent: 0 }}
      onFinish={(values) => void submit(values)}
      data-testid="park-form"
    >
      {problem && (
        <Alert
          className="waibao-form-alert"
          type="error"
          showIcon
          title={problem}
          data-testid="park-error"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="nameZh" label={t('parks.form.nameZh')} rules={[requiredRule(t)]}>
            <Input data-testid="park-nameZh" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nameEn" label={t('parks.form.nameEn')}>
            <Input data-testid="park-nameEn" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="city"
            label={t('parks.city')}
            rules={[{ required: true, message: t('validation.cityRequired') }]}
          >
            <Select
              data-testid="park-city"
              options={(reference?.cities ?? []).map((c) => ({
                value: c.code,
                label: localName(c, language),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="address" label={t('parks.address')} rules={[requiredRule(t)]}>
            <Input data-testid="park-address" maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="totalArea"
            label={t('parks.form.totalArea')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber
              data-testid="park-totalArea"
              min={0.01}
              step={100}
              className="waibao-full"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="leasableArea"
            label={t('parks.form.leasableArea')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber
              data-testid="park-leasableArea"
              min={0.01}
              step={100}
              className="waibao-full"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="seats"
            label={t('parks.seats')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber data-testid="park-seats" min={0} className="waibao-full" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="baseRent"
            label={t('parks.form.baseRent')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber data-testid="park-baseRent" min={0} className="waibao-full" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="focusCategories" label={t('parks.focus')}>
            <Select
              mode="multiple"
              data-testid="park-focus"
              options={capabilityOptions(reference, language)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactName" label={t('parks.form.contactName')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactPhone" label={t('parks.form.contactPhone')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactEmail" label={t('parks.form.contactEmail')}>
            <Input maxLength={254} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={t('parks.form.description')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Col>
      </Row>
      <Card size="small" title={t('parks.incentives')} className="waibao-card-gap">
        <Form.List name="incentives">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap className="waibao-incentive-row">
                  <Form.Item
                    name={[field.name, 'type']}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <Select
                      className="waibao-filter"
                      placeholder={t('parks.form.incentiveType')}
                      options={INCENTIVE_TYPES.map((type) => ({
                        value: type,
                        label: t(`parks.incentiveType.${type}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'summaryZh']} rules={[requiredRule(t)]}>
                    <Input placeholder={t('parks.form.summaryZh')} maxLength={1000} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'summaryEn']}>
                    <Input placeholder={t('parks.form.summaryEn')} maxLength={1000} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'validFrom']}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <Input type="date" aria-label={t('parks.form.validFrom')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'validTo']}>
                    <Input type="date" aria-label={t('parks.form.validTo')} />
                  </Form.Item>
                  <MinusCircleOutlined
                    onClick={() => remove(field.name)}
                    aria-label={t('parks.form.removeIncentive')}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                onClick={() => add({ type: 'RENT_SUBSIDY' })}
                icon={<PlusOutlined />}
              >
                {t('parks.form.addIncentive')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Button
        type="primary"
        htmlType="submit"
        loading={saving}
        data-testid="park-save"
        className="waibao-card-gap"
      >
        {t('parks.form.save')}
      </Button>
    </Form>
  );
}
