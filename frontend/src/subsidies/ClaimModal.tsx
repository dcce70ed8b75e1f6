// The claim form of one policy: lease months, a certification, or a cohort of trainees with their
// contracts. "Compute" asks the engine for the amount and its explanation before submitting.
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../accounts/serverErrors';
import { currentLanguage } from '../i18n';
import { subsidiesApi } from './api';
import { Explanation } from './Explanation';
import { money, named } from './format';
import type { Assessment, ClaimInput, Offer, Trainee } from './types';

interface TraineeValues {
  name?: string;
  identityNumber?: string;
  trainingCompletedOn?: { format: (pattern: string) => string };
  employerCreditCode?: string;
  contractStart?: { format: (pattern: string) => string };
  contractEnd?: { format: (pattern: string) => string };
}

interface Values {
  leaseId?: string;
  months?: number[];
  certificationId?: string;
  cohortName?: string;
  trainees?: TraineeValues[];
}

const day = (value?: { format: (pattern: string) => string }) =>
  value ? value.format('YYYY-MM-DD') : '';

export function ClaimModal({
  offer,
  onClose,
  onClaimed,
}: {
  offer: Offer;
  onClose: () => void;
  onClaimed: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form] = Form.useForm<Values>();
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const policy = offer.policy;
  const leaseId = Form.useWatch('leaseId', form);
  const leaseEstimate = offer.estimates.find((e) => e.leaseId === leaseId);

  const input = (values: Values): ClaimInput => {
    switch (policy.type) {
      case 'RENT':
        return { policyId: policy.id, leaseId: values.leaseId, months: values.months ?? [] };
      case 'CERTIFICATION':
        return { policyId: policy.id, certificationId: values.certificationId };
      case 'TRAINING':
        return {
          policyId: policy.id,
          cohort: {
            name: values.cohortName ?? '',
            trainees: (values.trainees ?? []).map((x): Trainee => ({
              name: x.name ?? '',
              identityNumber: x.identityNumber ?? '',
              trainingCompletedOn: day(x.trainingCompletedOn),
              employerCreditCode: x.employerCreditCode ?? '',
              contractStart: day(x.contractStart),
              contractEnd: day(x.contractEnd),
            })),
          },
        };
    }
  };

  const run = async (submit: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const values = form.getFieldsValue();
      if (submit) {
        await subsidiesApi.claim(input(values));
        onClaimed();
      } else {
        setAssessment(await subsidiesApi.estimate(input(values)));
      }
    } catch (e) {
      setAssessment(null);
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t('subsidies.claimTitle', { policy: named(policy.nameZh, policy.nameEn, language) })}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('subsidies.cancel')}
        </Button>,
        <Button key="estimate" onClick={() => void run(false)} loading={busy}>
          {t('subsidies.computeEstimate')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          data-testid="claim-submit"
          onClick={() => void run(true)}
          loading={busy}
        >
          {t('subsidies.submitClaim')}
        </Button>,
      ]}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          leaseId: offer.estimates.find((e) => e.basis === 'lease')?.leaseId ?? undefined,
          months: offer.estimates.find((e) => e.basis === 'lease')?.months ?? [],
          certificationId:
            offer.estimates.find((e) => e.basis === 'certification' && e.eligible)
              ?.certificationId ?? undefined,
          trainees: [{}],
        }}
      >
        {policy.type === 'RENT' && (
          <>
            <Form.Item name="leaseId" label={t('subsidies.lease')}>
              <Select
                data-testid="claim-lease"
                options={offer.estimates
                  .filter((e) => e.basis === 'lease')
                  .map((e) => ({ value: e.leaseId, label: e.label }))}
              />
            </Form.Item>
            <Form.Item name="months" label={t('subsidies.months')}>
              <Select
                mode="multiple"
                data-testid="claim-months"
                options={(leaseEstimate?.months ?? []).map((n) => ({
                  value: n,
                  label: t('subsidies.monthNumber', { number: n }),
                }))}
              />
            </Form.Item>
          </>
        )}
        {policy.type === 'CERTIFICATION' && (
          <Form.Item name="certificationId" label={t('subsidies.certification')}>
            <Select
              data-testid="claim-certification"
              options={offer.estimates
                .filter((e) => e.basis === 'certification')
                .map((e) => ({ value: e.certificationId, label: e.label }))}
            />
          </Form.Item>
        )}
        {policy.type === 'TRAINING' && (
          <>
            <Form.Item name="cohortName" label={t('subsidies.cohortName')}>
              <Input maxLength={200} />
            </Form.Item>
            <Typography.Text strong>{t('subsidies.trainees')}</Typography.Text>
            <Form.List name="trainees">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} wrap align="start">
                      <Form.Item name={[field.name, 'name']} label={t('subsidies.traineeName')}>
                        <Input maxLength={100} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'identityNumber']}
                        label={t('subsidies.identityNumber')}
                      >
                        <Input maxLength={18} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'trainingCompletedOn']}
                        label={t('subsidies.trainingCompletedOn')}
                      >
                        <DatePicker />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'employerCreditCode']}
                        label={t('subsidies.employerCreditCode')}
                      >
                        <Input maxLength={18} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'contractStart']}
                        label={t('subsidies.contractStart')}
                      >
                        <DatePicker />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'contractEnd']}
                        label={t('subsidies.contractEnd')}
                      >
                        <DatePicker />
                      </Form.Item>
                      <Button onClick={() => remove(field.name)}>{t('subsidies.remove')}</Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({})}>{t('subsidies.addTrainee')}</Button>
                </>
              )}
            </Form.List>
          </>
        )}
      </Form>
      {error && (
        <Alert type="error" showIcon title={error} data-testid="claim-error" className="mt" />
      )}
      {assessment && (
        <Alert
          type="info"
          data-testid="claim-assessment"
          title={t('subsidies.estimateAmount', { amount: money(assessment.amount, language) })}
          description={<Explanation lines={assessment.explanation} />}
        />
      )}
    </Modal>
  );
}
