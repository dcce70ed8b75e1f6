// Quality scores (0–100) for one bid, per criterion; the server answers with the new ranking.
import { Alert, Form, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../accounts/serverErrors';
import { ApiError } from '../../shared/api';
import { tendersApi } from '../api';
import { localiseServerMessage } from '../serverMessages';
import type { RankedBid, Tender } from '../types';

export function ScoreModal({
  tender,
  ranked,
  onClose,
  onScored,
}: {
  tender: Tender;
  ranked: RankedBid | null;
  onClose: () => void;
  onScored: (ranking: RankedBid[]) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ scores: (number | null)[] }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (ranked) {
      setProblem(null);
      form.setFieldsValue({
        scores: tender.criteria.map((_c, index) => ranked.scores[String(index)] ?? null),
      });
    }
  }, [ranked, tender.criteria, form]);

  const submit = async ({ scores }: { scores: (number | null)[] }) => {
    if (!ranked) return;
    const given = scores
      .map((score, criterion) => ({ criterion, score }))
      .filter((s): s is { criterion: number; score: number } => s.score != null);
    if (given.length === 0) {
      setProblem(t('evaluation.scoreOne'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onScored(await tendersApi.score(tender.id, { bidId: ranked.bid.id, scores: given }));
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.problem.errors?.length
          ? error.problem.errors.map((e) => localiseServerMessage(e.message, t)).join('; ')
          : t('common.actionFailed', { message: describeError(error, t) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={ranked !== null}
      title={t('evaluation.scoreTitle', { vendor: ranked?.vendorName ?? '' })}
      okText={t('evaluation.saveScores')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'score-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        data-testid="score-form"
      >
        {tender.criteria.map((criterion, index) => (
          <Form.Item
            key={index}
            name={['scores', index]}
            label={t('evaluation.scoreFor', { name: criterion.name, weight: criterion.weight })}
            rules={[
              {
                type: 'number',
                min: 0,
                max: 100,
                message: t('tenders.server.between', { min: 0, max: 100 }),
              },
            ]}
          >
            <InputNumber<number>
              min={0}
              max={100}
              precision={0}
              data-testid={`score-input-${index}`}
            />
          </Form.Item>
        ))}
        {problem && <Alert type="error" showIcon title={problem} />}
      </Form>
    </Modal>
  );
}
