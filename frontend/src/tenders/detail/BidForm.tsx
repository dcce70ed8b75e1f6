// A vendor's bid: lot (when the tender has lots), price, duration, proposal and an answer per
// quality criterion. Submits a new bid (POST, under an Idempotency-Key) or revises the live one (PUT).
// An ineligible vendor sees every requirement it does not meet.
import { Alert, Button, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../accounts/serverErrors';
import { currentLanguage } from '../../i18n';
import { ApiError } from '../../shared/api';
import { tendersApi } from '../api';
import { formatMoney } from '../format';
import { useIdempotencyKey } from '../idempotency';
import { localiseServerMessage } from '../serverMessages';
import { TENDER_PROBLEM, type BidView, type Lot, type Tender } from '../types';
import { parseFieldPath } from '../wizard/formModel';

interface BidValues {
  lotId?: string;
  price?: number | null;
  durationDays?: number | null;
  proposal?: string;
  answers?: string[];
}

export interface Unmet {
  requirement: string;
  detail: string;
}

const REQUIREMENTS = [
  'profile',
  'minimumHeadcount',
  'capabilities',
  'languages',
  'certifications',
] as const;
type Requirement = (typeof REQUIREMENTS)[number];

export function NotEligible({ unmet }: { unmet: Unmet[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      className="waibao-tender-gap"
      type="error"
      showIcon
      data-testid="bid-not-eligible"
      title={t('bids.notEligible')}
      description={
        <ul>
          {unmet.map((u, index) => (
            <li key={index} data-testid={`bid-unmet-${u.requirement}`}>
              <Typography.Text strong>
                {(REQUIREMENTS as readonly string[]).includes(u.requirement)
                  ? t(`bids.unmet.${u.requirement as Requirement}`)
                  : u.requirement}
              </Typography.Text>
              {' — '}
              {localiseServerMessage(u.detail, t)}
            </li>
          ))}
        </ul>
      }
    />
  );
}

export function BidForm({
  tender,
  lots,
  revising,
  onDone,
  onCancel,
}: {
  tender: Tender;
  /** Lots the vendor may bid on here (without a live bid of its own); empty without lots. */
  lots: Lot[];
  /** The live bid being revised, if this is a revision. */
  revising: BidView | null;
  onDone: (bid: BidView) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form] = Form.useForm<BidValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [unmet, setUnmet] = useState<Unmet[] | null>(null);
  const key = useIdempotencyKey();
  const hasLots = tender.lots.length > 0;

  const initial: BidValues = revising
    ? {
        lotId: revising.lotId ?? undefined,
        price: revising.price,
        durationDays: revising.durationDays,
        proposal: revising.proposal,
        answers: tender.criteria.map(
          (_c, index) => revising.answers.find((a) => a.criterion === index)?.text ?? '',
        ),
      }
    : { lotId: lots[0]?.id, answers: tender.criteria.map(() => '') };

  const submit = async (values: BidValues) => {
    setBusy(true);
    setProblem(null);
    setUnmet(null);
    const command = {
      lotId: hasLots ? (values.lotId ?? null) : null,
      price: values.price ?? 0,
      durationDays: values.durationDays ?? 0,
      proposal: values.proposal ?? '',
      // one answer per criterion, in order, so that answers[i] is criterion i
      answers: tender.criteria.map((_c, index) => ({
        criterion: index,
        text: (values.answers?.[index] ?? '').trim(),
      })),
    };
    try {
      const bid = revising
        ? await tendersApi.reviseBid(tender.id, command)
        : await tendersApi.submitBid(tender.id, command, key.current());
      key.done();
      onDone(bid);
    } catch (error) {
      if (error instanceof ApiError && error.problem.type === TENDER_PROBLEM.notEligible) {
        setUnmet(
          (error.problem.errors ?? []).map((e) => ({
            requirement: e.field ?? e.name ?? '',
            detail: e.message,
          })),
        );
      } else if (error instanceof ApiError && error.status === 400 && error.problem.errors) {
        const unplaced: string[] = [];
        const fields: { name: (string | number)[]; errors: string[] }[] = [];
        for (const fieldError of error.problem.errors) {
          const path = parseFieldPath(fieldError.field ?? fieldError.name ?? '');
          const message = localiseServerMessage(fieldError.message, t);
          if (path[0] === 'answers' && typeof path[1] === 'number') {
            fields.push({ name: ['answers', path[1]], errors: [message] });
          } else if (['price', 'durationDays', 'proposal', 'lotId'].includes(String(path[0]))) {
            fields.push({ name: [String(path[0])], errors: [message] });
          } else {
            unplaced.push(message);
          }
        }
        const untyped: FormInstance = form;
        untyped.setFields(fields);
        setProblem(unplaced.length > 0 ? unplaced.join('; ') : t('validation.checkFields'));
      } else if (error instanceof ApiError && error.problem.type === TENDER_PROBLEM.biddingClosed) {
        setProblem(t('bids.closedNow'));
      } else if (error instanceof ApiError && error.problem.type === TENDER_PROBLEM.bidExists) {
        setProblem(t('bids.exists'));
      } else {
        setProblem(t('common.actionFailed', { message: describeError(error, t) }));
      }
    } finally {
      setBusy(false);
    }
  };

  const ceiling = tender.priceCeiling;
  return (
    <Form<BidValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(values) => void submit(values)}
      data-testid="bid-form"
    >
      {hasLots && (
        <Form.Item
          name="lotId"
          label={t('bids.lot')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            data-testid="bid-lot"
            disabled={revising !== null}
            options={(revising ? tender.lots : lots).map((lot) => ({
              value: lot.id,
              label:
                lot.budgetMax != null
                  ? `${lot.title} (${formatMoney(lot.budgetMax, language)})`
                  : lot.title,
            }))}
            optionRender={(option) => (
              <span data-testid={`bid-lot-option-${String(option.value)}`}>{option.label}</span>
            )}
          />
        </Form.Item>
      )}
      <Space wrap size="large">
        <Form.Item
          name="price"
          label={t('bids.price')}
          extra={
            ceiling != null
              ? t('bids.ceiling', { ceiling: formatMoney(ceiling, language) })
              : undefined
          }
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: (_rule, value: number | null | undefined) =>
                value == null || value > 0
                  ? ceiling == null || value == null || value <= ceiling
                    ? Promise.resolve()
                    : Promise.reject(
                        new Error(
                          t('tenders.server.ceiling', { ceiling: formatMoney(ceiling, language) }),
                        ),
                      )
                  : Promise.reject(new Error(t('tenders.server.positive'))),
            },
          ]}
        >
          <InputNumber<number>
            min={0}
            precision={2}
            prefix="¥"
            className="waibao-bid-price"
            data-testid="bid-price"
          />
        </Form.Item>
        <Form.Item
          name="durationDays"
          label={t('bids.duration')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              type: 'number',
              min: 1,
              max: 3650,
              message: t('tenders.server.between', { min: 1, max: 3650 }),
            },
          ]}
        >
          <InputNumber<number>
            min={1}
            max={3650}
            precision={0}
            suffix={t('tenderWizard.days')}
            data-testid="bid-duration"
          />
        </Form.Item>
      </Space>
      <Form.Item
        name="proposal"
        label={t('bids.proposal')}
        rules={[{ max: 20_000, message: t('validation.tooLong', { max: 20_000 }) }]}
      >
        <Input.TextArea rows={5} data-testid="bid-proposal" />
      </Form.Item>
      {tender.criteria.map((criterion, index) => (
        <Form.Item
          key={index}
          name={['answers', index]}
          label={t('bids.answerFor', { name: criterion.name, weight: criterion.weight })}
          rules={[{ max: 8000, message: t('validation.tooLong', { max: 8000 }) }]}
        >
          <Input.TextArea rows={3} data-testid={`bid-answer-${index}`} />
        </Form.Item>
      ))}
      {unmet && <NotEligible unmet={unmet} />}
      {problem && (
        <Alert
          className="waibao-tender-gap"
          type="error"
          showIcon
          title={problem}
          data-testid="bid-error"
        />
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="bid-submit">
          {revising ? t('bids.submitRevision') : t('bids.submit')}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} data-testid="bid-cancel-edit">
            {t('common.cancel')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
