// The policy editor: a park operator's policy for one of its parks, or the authority's
// province-wide one. Saving an existing policy makes a new revision; decided claims keep theirs.
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../accounts/serverErrors';
import { currentLanguage } from '../i18n';
import { allCapabilities, useReference } from '../reference/useReference';
import { ApiError } from '../shared/api';
import { subsidiesApi } from './api';
import type {
  CertificationAmount,
  CertificationType,
  FundingSource,
  ParkLevel,
  Policy,
  PolicyInput,
  PolicyType,
  RentRule,
  SizeTier,
  TrainingRule,
} from './types';

const CERTIFICATIONS: CertificationType[] = [
  'CMMI',
  'PCMM',
  'ISO_IEC_27001',
  'ISO_IEC_20000',
  'SOC1_SAS70',
  'OTHER',
];
const LEVELS: ParkLevel[] = ['ORDINARY', 'PROVINCIAL_DEMONSTRATION', 'NATIONAL_DEMONSTRATION'];
const TIERS: SizeTier[] = ['SMALL', 'SCALE', 'LARGE'];

interface Values {
  type: PolicyType;
  parkId?: string;
  nameZh?: string;
  nameEn?: string;
  validFrom?: Dayjs;
  validTo?: Dayjs | null;
  annualBudget?: number;
  fundingSource?: FundingSource;
  rent: RentRule;
  amounts: CertificationAmount[];
  training: TrainingRule;
}

const FIELDS = [
  'type',
  'parkId',
  'nameZh',
  'nameEn',
  'validFrom',
  'validTo',
  'annualBudget',
  'fundingSource',
  'rent.percentOfRent',
  'rent.capPerSquareMetrePerMonth',
  'rent.maxMonths',
  'rent.parkLevels',
  'rent.sizeTiers',
  'rent.capabilities',
  'training.trainingPerTrainee',
  'training.placementPerTrainee',
  'training.minContractMonths',
  'training.provinceSharePercent',
];

function initial(policy: Policy | null): Values {
  return {
    type: policy?.type ?? 'RENT',
    parkId: policy?.parkId ?? undefined,
    nameZh: policy?.nameZh,
    nameEn: policy?.nameEn ?? undefined,
    validFrom: policy ? dayjs(policy.validFrom) : dayjs().startOf('year'),
    validTo: policy?.validTo ? dayjs(policy.validTo) : null,
    annualBudget: policy?.annualBudget,
    fundingSource: policy?.fundingSource ?? 'PARK',
    rent: policy?.rule.rent ?? {
      percentOfRent: 50,
      capPerSquareMetrePerMonth: 40,
      maxMonths: 36,
      parkLevels: ['PROVINCIAL_DEMONSTRATION', 'NATIONAL_DEMONSTRATION'],
      sizeTiers: [],
      wellKnownOnly: false,
      capabilities: [],
    },
    amounts: policy?.rule.certification?.amounts ?? [
      { type: 'CMMI', level: null, amount: 200000 },
      { type: 'ISO_IEC_27001', level: null, amount: 200000 },
    ],
    training: policy?.rule.training ?? {
      trainingPerTrainee: 3000,
      placementPerTrainee: 1000,
      minContractMonths: 12,
      provinceSharePercent: 50,
    },
  };
}

export function PolicyModal({
  policy,
  parks,
  authority,
  onClose,
  onSaved,
}: {
  policy: Policy | null;
  parks: { id: string; name: string }[];
  authority: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const reference = useReference();
  const language = currentLanguage();
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form) ?? policy?.type ?? 'RENT';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const v = form.getFieldsValue(true) as Values;
    const input: PolicyInput = {
      type: v.type,
      parkId: authority ? null : (v.parkId ?? null),
      nameZh: v.nameZh ?? '',
      nameEn: v.nameEn?.trim() ? v.nameEn : null,
      validFrom: v.validFrom ? v.validFrom.format('YYYY-MM-DD') : '',
      validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
      annualBudget: v.annualBudget ?? 0,
      fundingSource: v.type === 'TRAINING' ? 'PROVINCE_AND_CITY' : (v.fundingSource ?? 'PARK'),
      rent: v.type === 'RENT' ? v.rent : null,
      certification: v.type === 'CERTIFICATION' ? { amounts: v.amounts } : null,
      training: v.type === 'TRAINING' ? v.training : null,
    };
    setBusy(true);
    setError(null);
    try {
      if (policy) await subsidiesApi.updatePolicy(policy.id, input);
      else await subsidiesApi.createPolicy(input);
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) {
        const unplaced = showFieldErrors(form, e, FIELDS, {}, t);
        setError(unplaced.length > 0 ? unplaced.join('; ') : (e.problem.detail ?? e.problem.title));
      } else {
        setError(String(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={policy ? t('subsidies.editPolicy') : t('subsidies.newPolicy')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('subsidies.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={busy}
          data-testid="policy-save"
          onClick={() => void save()}
        >
          {t('subsidies.save')}
        </Button>,
      ]}
    >
      <Form form={form} layout="vertical" initialValues={initial(policy)}>
        <Space wrap>
          <Form.Item name="type" label={t('subsidies.type')}>
            <Select
              disabled={policy !== null}
              style={{ minWidth: 220 }}
              data-testid="policy-type"
              options={(['RENT', 'CERTIFICATION', 'TRAINING'] as const).map((value) => ({
                value,
                label: t(`subsidies.types.${value}`),
              }))}
            />
          </Form.Item>
          {!authority && (
            <Form.Item name="parkId" label={t('subsidies.park')}>
              <Select
                disabled={policy !== null}
                style={{ minWidth: 220 }}
                data-testid="policy-park"
                options={parks.map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
          )}
        </Space>
        <Space wrap>
          <Form.Item name="nameZh" label={t('subsidies.nameZh')}>
            <Input maxLength={200} data-testid="policy-name" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('subsidies.nameEn')}>
            <Input maxLength={200} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="validFrom" label={t('subsidies.validFrom')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="validTo" label={t('subsidies.validTo')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="annualBudget" label={t('subsidies.annualBudget')}>
            <InputNumber min={0} precision={2} style={{ width: 180 }} data-testid="policy-budget" />
          </Form.Item>
          {type !== 'TRAINING' && (
            <Form.Item name="fundingSource" label={t('subsidies.fundingSource')}>
              <Select
                style={{ minWidth: 140 }}
                options={(['PROVINCE', 'CITY', 'PARK'] as const).map((value) => ({
                  value,
                  label: t(`subsidies.funding.${value}`),
                }))}
              />
            </Form.Item>
          )}
        </Space>
        {type === 'RENT' && (
          <>
            <Space wrap>
              <Form.Item name={['rent', 'percentOfRent']} label={t('subsidies.percentOfRent')}>
                <InputNumber min={0} max={100} precision={2} data-testid="policy-percent" />
              </Form.Item>
              <Form.Item
                name={['rent', 'capPerSquareMetrePerMonth']}
                label={t('subsidies.capPerSquareMetrePerMonth')}
              >
                <InputNumber min={0} precision={2} data-testid="policy-cap" />
              </Form.Item>
              <Form.Item name={['rent', 'maxMonths']} label={t('subsidies.maxMonths')}>
                <InputNumber min={1} max={120} precision={0} />
              </Form.Item>
            </Space>
            <Form.Item name={['rent', 'parkLevels']} label={t('subsidies.parkLevels')}>
              <Select
                mode="multiple"
                options={LEVELS.map((value) => ({ value, label: t(`subsidies.levels.${value}`) }))}
              />
            </Form.Item>
            <Form.Item name={['rent', 'sizeTiers']} label={t('subsidies.sizeTiers')}>
              <Select
                mode="multiple"
                options={TIERS.map((value) => ({ value, label: t(`subsidies.tiers.${value}`) }))}
              />
            </Form.Item>
            <Form.Item name={['rent', 'capabilities']} label={t('subsidies.capabilities')}>
              <Select
                mode="multiple"
                options={(reference ? allCapabilities(reference.taxonomy) : []).map((c) => ({
                  value: c.code,
                  label: language === 'en' ? c.nameEn : c.nameZh,
                }))}
              />
            </Form.Item>
            <Form.Item name={['rent', 'wellKnownOnly']} valuePropName="checked">
              <Checkbox>{t('subsidies.wellKnownOnly')}</Checkbox>
            </Form.Item>
          </>
        )}
        {type === 'CERTIFICATION' && (
          <>
            <Typography.Text type="secondary">
              {t('subsidies.internationalMinimum')}
            </Typography.Text>
            <Form.List name="amounts">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} wrap align="start">
                      <Form.Item
                        name={[field.name, 'type']}
                        label={t('subsidies.certificationType')}
                      >
                        <Select
                          style={{ minWidth: 160 }}
                          options={CERTIFICATIONS.map((value) => ({ value, label: value }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'level']} label={t('subsidies.level')}>
                        <InputNumber min={1} max={5} precision={0} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'amount']} label={t('subsidies.amount')}>
                        <InputNumber min={0} precision={2} style={{ width: 160 }} />
                      </Form.Item>
                      <Button onClick={() => remove(field.name)}>{t('subsidies.remove')}</Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ type: 'CMMI', level: null, amount: 200000 })}>
                    {t('subsidies.addAmount')}
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}
        {type === 'TRAINING' && (
          <Space wrap>
            <Form.Item
              name={['training', 'trainingPerTrainee']}
              label={t('subsidies.trainingPerTrainee')}
            >
              <InputNumber min={0} precision={2} />
            </Form.Item>
            <Form.Item
              name={['training', 'placementPerTrainee']}
              label={t('subsidies.placementPerTrainee')}
            >
              <InputNumber min={0} precision={2} />
            </Form.Item>
            <Form.Item
              name={['training', 'minContractMonths']}
              label={t('subsidies.minContractMonths')}
            >
              <InputNumber min={12} max={120} precision={0} />
            </Form.Item>
            <Form.Item
              name={['training', 'provinceSharePercent']}
              label={t('subsidies.provinceSharePercent')}
            >
              <InputNumber min={0} max={100} precision={2} />
            </Form.Item>
          </Space>
        )}
      </Form>
      {error && <Alert type="error" showIcon title={error} data-testid="policy-error" />}
    </Modal>
  );
}
