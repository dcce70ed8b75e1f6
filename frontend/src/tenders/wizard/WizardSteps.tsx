// The fields of each wizard step. They all live in one form (TenderWizardPage), mounted together so
// that values and server errors survive moving between steps.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { localName } from '../../accounts/localName';
import { currentLanguage } from '../../i18n';
import { capabilityOptions, useReference } from '../../reference/useReference';
import { useDayjsLocale } from '../dayjsLocale';
import {
  CERTIFICATION_TYPES,
  DELIVERY_MODES,
  LANGUAGE_CODES,
  LEVELLED_CERTIFICATIONS,
  type CertificationType,
} from '../types';
import { weightSum, type WizardValues } from './formModel';

export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm:ss';

const amountProps = {
  className: 'waibao-tender-full',
  min: 0,
  precision: 2,
  prefix: '¥',
};

function useRules() {
  const { t } = useTranslation();
  const required: FormRule = { required: true, message: t('validation.required') };
  const requiredText: FormRule = {
    required: true,
    whitespace: true,
    message: t('validation.required'),
  };
  const max = (n: number): FormRule => ({ max: n, message: t('validation.tooLong', { max: n }) });
  const between = (min: number, maxValue: number): FormRule => ({
    type: 'number',
    min,
    max: maxValue,
    message: t('tenders.server.between', { min, max: maxValue }),
  });
  return { required, requiredText, max, between };
}

export function BasicsStep() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const { requiredText, max } = useRules();
  return (
    <>
      <Form.Item name="title" label={t('tenders.field.title')} rules={[requiredText, max(200)]}>
        <Input data-testid="wizard-title" maxLength={200} showCount />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('tenders.field.description')}
        rules={[max(20_000)]}
        extra={t('tenderWizard.descriptionHint')}
      >
        <Input.TextArea data-testid="wizard-description" rows={6} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="clientIndustry" label={t('tenders.field.clientIndustry')}>
            <Select
              data-testid="wizard-industry"
              allowClear
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              loading={reference === null}
              options={(reference?.industries ?? []).map((industry) => ({
                value: industry.code,
                label: localName(industry, language),
              }))}
              optionRender={(option) => (
                <span data-testid={`wizard-industry-option-${String(option.value)}`}>
                  {option.label}
                </span>
              )}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="city" label={t('tenders.field.city')}>
            <Select
              data-testid="wizard-city"
              allowClear
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              loading={reference === null}
              options={(reference?.cities ?? []).map((city) => ({
                value: city.code,
                label: localName(city, language),
              }))}
              optionRender={(option) => (
                <span data-testid={`wizard-city-option-${String(option.value)}`}>
                  {option.label}
                </span>
              )}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="deliveryMode" label={t('tenders.field.deliveryMode')}>
        <Radio.Group optionType="button" buttonStyle="solid">
          {DELIVERY_MODES.map((mode) => (
            <Radio.Button key={mode} value={mode}>
              <span data-testid={`wizard-delivery-${mode}`}>
                {t(`tenders.deliveryMode.${mode}`)}
              </span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="contactName" label={t('tenders.field.contactName')} rules={[max(100)]}>
            <Input data-testid="wizard-contactName" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactPhone" label={t('tenders.field.contactPhone')} rules={[max(40)]}>
            <Input data-testid="wizard-contactPhone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="contactEmail"
            label={t('tenders.field.contactEmail')}
            rules={[{ type: 'email', message: t('validation.email') }, max(254)]}
          >
            <Input data-testid="wizard-contactEmail" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

export function BudgetStep() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('tenderWizard.budgetHint')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="budgetMin" label={t('tenders.field.budgetMin')}>
            <InputNumber<number> {...amountProps} data-testid="wizard-budgetMin" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="budgetMax"
            label={t('tenders.field.budgetMax')}
            dependencies={['budgetMin']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_rule, value: number | null | undefined) => {
                  const min = getFieldValue('budgetMin') as number | null | undefined;
                  return value == null || min == null || min <= value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('tenders.server.budgetOrder')));
                },
              }),
            ]}
          >
            <InputNumber<number> {...amountProps} data-testid="wizard-budgetMax" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="priceCeiling"
            label={t('tenders.field.priceCeiling')}
            extra={t('tenderWizard.ceilingHint')}
          >
            <InputNumber<number> {...amountProps} data-testid="wizard-priceCeiling" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

export function RequirementsStep() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const { required, between } = useRules();
  return (
    <>
      <Form.Item
        name="capabilities"
        label={t('tenders.field.capabilities')}
        extra={t('tenderWizard.capabilitiesHint')}
      >
        <Select
          mode="multiple"
          data-testid="wizard-capabilities"
          virtual={false}
          showSearch={{ optionFilterProp: 'label' }}
          loading={reference === null}
          options={capabilityOptions(reference, language)}
          optionRender={(option) => (
            <span data-testid={`wizard-capability-option-${String(option.value)}`}>
              {option.label}
            </span>
          )}
        />
      </Form.Item>
      <Form.Item label={t('tenders.field.certifications')}>
        <Form.List name="certifications">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col flex="auto">
                    <Form.Item name={[field.name, 'type']} rules={[required]}>
                      <Select<CertificationType>
                        data-testid={`wizard-cert-type-${field.name}`}
                        placeholder={t('tenderWizard.certificationType')}
                        options={CERTIFICATION_TYPES.map((type) => ({
                          value: type,
                          label: t(`tenders.certification.${type}`),
                        }))}
                        optionRender={(option) => (
                          <span
                            data-testid={`wizard-cert-type-${field.name}-option-${String(option.value)}`}
                          >
                            {option.label}
                          </span>
                        )}
                      />
                    </Form.Item>
                  </Col>
                  <Form.Item noStyle dependencies={[['certifications', field.name, 'type']]}>
                    {({ getFieldValue }) =>
                      LEVELLED_CERTIFICATIONS.includes(
                        getFieldValue(['certifications', field.name, 'type']) as CertificationType,
                      ) ? (
                        <Col flex="160px">
                          <Form.Item
                            name={[field.name, 'minimumLevel']}
                            rules={[required, between(1, 5)]}
                          >
                            <InputNumber<number>
                              className="waibao-tender-full"
                              min={1}
                              max={5}
                              precision={0}
                              placeholder={t('tenderWizard.minimumLevel')}
                              data-testid={`wizard-cert-level-${field.name}`}
                            />
                          </Form.Item>
                        </Col>
                      ) : null
                    }
                  </Form.Item>
                  <Col flex="32px">
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('tenderWizard.remove')}
                      data-testid={`wizard-cert-remove-${field.name}`}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ type: undefined, minimumLevel: null })}
                data-testid="wizard-cert-add"
              >
                {t('tenderWizard.addCertification')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="languages" label={t('tenders.field.languages')}>
            <Select
              mode="multiple"
              data-testid="wizard-languages"
              options={LANGUAGE_CODES.map((code) => ({
                value: code,
                label: t(`tenders.language.${code}`),
              }))}
              optionRender={(option) => (
                <span data-testid={`wizard-language-option-${String(option.value)}`}>
                  {option.label}
                </span>
              )}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="minimumHeadcount"
            label={t('tenders.field.minimumHeadcount')}
            rules={[between(0, 1_000_000)]}
          >
            <InputNumber<number>
              className="waibao-tender-full"
              min={0}
              precision={0}
              data-testid="wizard-headcount"
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

export function CriteriaStep({ weightsError }: { weightsError: string | null }) {
  const { t } = useTranslation();
  const { required, requiredText, max, between } = useRules();
  const form = Form.useFormInstance<WizardValues>();
  const priceWeight = Form.useWatch('priceWeight', form);
  const criteria = Form.useWatch('criteria', form);
  const sum = weightSum({ priceWeight, criteria });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('tenderWizard.criteriaHint')}</Typography.Paragraph>
      <Form.Item
        name="priceWeight"
        label={t('tenders.field.priceWeight')}
        rules={[required, between(0, 100)]}
      >
        <InputNumber<number>
          min={0}
          max={100}
          precision={0}
          suffix={t('tenderWizard.points')}
          data-testid="wizard-priceWeight"
        />
      </Form.Item>
      <Form.Item label={t('tenders.field.criteria')}>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div className="waibao-tender-weight-row" key={field.key}>
                  <Form.Item
                    className="waibao-tender-weight-name"
                    name={[field.name, 'name']}
                    rules={[requiredText, max(200)]}
                  >
                    <Input
                      placeholder={t('tenderWizard.criterionName')}
                      data-testid={`wizard-criterion-name-${field.name}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']} rules={[required, between(1, 100)]}>
                    <InputNumber<number>
                      min={1}
                      max={100}
                      precision={0}
                      suffix={t('tenderWizard.points')}
                      placeholder={t('tenderWizard.weight')}
                      data-testid={`wizard-criterion-weight-${field.name}`}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('tenderWizard.remove')}
                    data-testid={`wizard-criterion-remove-${field.name}`}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', weight: undefined })}
                data-testid="wizard-criterion-add"
              >
                {t('tenderWizard.addCriterion')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Alert
        type={sum === 100 ? 'success' : 'warning'}
        showIcon
        data-testid="criteria-sum"
        data-sum={sum}
        title={t('tenderWizard.weightSum', { sum })}
        description={weightsError ?? (sum === 100 ? undefined : t('tenderWizard.weightSumHint'))}
      />
    </>
  );
}

export function LotsStep() {
  const { t } = useTranslation();
  const { requiredText, max } = useRules();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('tenderWizard.lotsHint')}</Typography.Paragraph>
      <Form.List name="lots">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row gutter={8} key={field.key} align="top">
                <Col flex="auto">
                  <Form.Item name={[field.name, 'title']} rules={[requiredText, max(200)]}>
                    <Input
                      placeholder={t('tenderWizard.lotTitle')}
                      data-testid={`wizard-lot-title-${field.name}`}
                    />
                  </Form.Item>
                </Col>
                <Col flex="240px">
                  <Form.Item name={[field.name, 'budgetMax']}>
                    <InputNumber<number>
                      {...amountProps}
                      placeholder={t('tenderWizard.lotBudget')}
                      data-testid={`wizard-lot-budget-${field.name}`}
                    />
                  </Form.Item>
                </Col>
                <Col flex="32px">
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('tenderWizard.remove')}
                    data-testid={`wizard-lot-remove-${field.name}`}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ title: '', budgetMax: null })}
              data-testid="wizard-lot-add"
            >
              {t('tenderWizard.addLot')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

export function DeadlinesStep() {
  const { t } = useTranslation();
  const { required, between } = useRules();
  useDayjsLocale();
  const notBefore =
    (other: keyof WizardValues, message: string): FormRule =>
    ({ getFieldValue }) => ({
      validator: (_rule, value: Dayjs | null | undefined) => {
        const earlier = getFieldValue(other) as Dayjs | null | undefined;
        return !value || !earlier || !value.isBefore(earlier)
          ? Promise.resolve()
          : Promise.reject(new Error(message));
      },
    });
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('tenderWizard.deadlinesHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="noticePeriodDays"
            label={t('tenders.field.noticePeriodDays')}
            rules={[required, between(0, 365)]}
            extra={t('tenderWizard.noticeHint')}
          >
            <InputNumber<number>
              min={0}
              max={365}
              precision={0}
              suffix={t('tenderWizard.days')}
              data-testid="wizard-noticePeriod"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="minimumBids"
            label={t('tenders.field.minimumBids')}
            rules={[required, between(1, 100)]}
            extra={t('tenderWizard.minimumBidsHint')}
          >
            <InputNumber<number> min={1} max={100} precision={0} data-testid="wizard-minimumBids" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="clarificationDeadline" label={t('tenders.field.clarificationDeadline')}>
            <DatePicker
              showTime
              format={DATE_TIME_FORMAT}
              className="waibao-tender-full"
              data-testid="wizard-clarificationDeadline"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="bidDeadline"
            label={t('tenders.field.bidDeadline')}
            dependencies={['clarificationDeadline']}
            rules={[notBefore('clarificationDeadline', t('tenders.server.clarificationAfterBid'))]}
          >
            <DatePicker
              showTime
              format={DATE_TIME_FORMAT}
              className="waibao-tender-full"
              data-testid="wizard-bidDeadline"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="openingTime"
            label={t('tenders.field.openingTime')}
            dependencies={['bidDeadline']}
            rules={[notBefore('bidDeadline', t('tenders.server.openingBeforeBid'))]}
          >
            <DatePicker
              showTime
              format={DATE_TIME_FORMAT}
              className="waibao-tender-full"
              data-testid="wizard-openingTime"
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
