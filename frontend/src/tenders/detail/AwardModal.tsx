// Awarding one bid: a reason and the contract's start and end dates. Sent under one
// Idempotency-Key per award decision, so a double click or a retry awards once.
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../accounts/serverErrors';
import { currentLanguage } from '../../i18n';
import { ApiError } from '../../shared/api';
import { tendersApi } from '../api';
import { useDayjsLocale } from '../dayjsLocale';
import { formatMoney } from '../format';
import { useIdempotencyKey } from '../idempotency';
import { localiseServerMessage } from '../serverMessages';
import { TENDER_PROBLEM, type AwardResult, type RankedBid, type Tender } from '../types';

interface AwardValues {
  reason: string;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
}

const DATE = 'YYYY-MM-DD';

export function AwardModal({
  tender,
  ranked,
  onClose,
  onAwarded,
}: {
  tender: Tender;
  ranked: RankedBid | null;
  onClose: () => void;
  onAwarded: (result: AwardResult) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  useDayjsLocale();
  const [form] = Form.useForm<AwardValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const key = useIdempotencyKey();

  useEffect(() => {
    if (ranked) setProblem(null);
  }, [ranked]);

  const submit = async (values: AwardValues) => {
    if (!ranked || !values.startsOn || !values.endsOn) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await tendersApi.award(
        tender.id,
        {
          bidId: ranked.bid.id,
          reason: values.reason.trim(),
          contractStartsOn: values.startsOn.format(DATE),
          contractEndsOn: values.endsOn.format(DATE),
        },
        key.current(),
      );
      key.done();
      form.resetFields();
      onAwarded(result);
    } catch (error) {
      if (error instanceof ApiError && error.problem.type === TENDER_PROBLEM.alreadyAwarded) {
        setProblem(t('evaluation.alreadyAwarded'));
      } else if (error instanceof ApiError && error.problem.errors?.length) {
        setProblem(error.problem.errors.map((e) => localiseServerMessage(e.message, t)).join('; '));
      } else {
        setProblem(t('common.actionFailed', { message: describeError(error, t) }));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={ranked !== null}
      title={t('evaluation.awardTitle')}
      okText={t('evaluation.awardConfirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'award-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {ranked && (
        <Typography.Paragraph data-testid="award-summary">
          {t('evaluation.awardSummary', {
            vendor: ranked.vendorName,
            price: formatMoney(ranked.bid.price, language),
          })}
        </Typography.Paragraph>
      )}
      <Form<AwardValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        data-testid="award-form"
      >
        <Form.Item
          name="reason"
          label={t('evaluation.reason')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 2000, message: t('validation.tooLong', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={3} data-testid="award-reason" />
        </Form.Item>
        <Form.Item
          name="startsOn"
          label={t('evaluation.contractStartsOn')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker format={DATE} className="waibao-tender-full" data-testid="award-start" />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t('evaluation.contractEndsOn')}
          dependencies={['startsOn']}
          rules={[
            { required: true, message: t('validation.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: Dayjs | null) => {
                const start = getFieldValue('startsOn') as Dayjs | null;
                return !value || !start || !value.isBefore(start, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('evaluation.endBeforeStart')));
              },
            }),
          ]}
        >
          <DatePicker format={DATE} className="waibao-tender-full" data-testid="award-end" />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} data-testid="award-error" />}
      </Form>
    </Modal>
  );
}
