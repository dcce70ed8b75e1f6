// A contract after an award at /contracts/:id, for its client, its vendor or the authority: value,
// dates and status. The client completes or terminates it and, once completed, rates the vendor 1–5
// on quality, schedule and communication.
import './tenders.css';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Rate,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import type { DescriptionsProps } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../accounts/format';
import { describeError } from '../accounts/serverErrors';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { ApiError } from '../shared/api';
import { contractsApi } from './api';
import { formatDate, formatMoney, formatNumber } from './format';
import { localiseServerMessage } from './serverMessages';
import { TENDER_PROBLEM, type Contract, type ContractStatus, type RatingSummary } from './types';
import { useLoad } from './useLoad';

const STATUS_COLOURS: Record<ContractStatus, string> = {
  ACTIVE: 'green',
  COMPLETED: 'blue',
  TERMINATED: 'red',
};

const ASPECTS = ['quality', 'schedule', 'communication'] as const;

interface RatingValues {
  quality: number;
  schedule: number;
  communication: number;
  comment?: string;
}

function RatingSummaryView({ summary }: { summary: RatingSummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (summary.ratings === 0) {
    return <Typography.Text type="secondary">{t('contracts.noRatings')}</Typography.Text>;
  }
  return (
    <Descriptions
      column={1}
      size="small"
      data-testid="rating-summary"
      items={[
        { key: 'count', label: t('contracts.ratings'), children: summary.ratings },
        ...ASPECTS.map((aspect) => ({
          key: aspect,
          label: t(`contracts.aspect.${aspect}`),
          children: (
            <Space>
              <Rate disabled allowHalf value={summary[aspect] ?? 0} />
              {formatNumber(summary[aspect], language)}
            </Space>
          ),
        })),
      ]}
    />
  );
}

function RatingForm({
  contract,
  onRated,
}: {
  contract: Contract;
  onRated: (summary: RatingSummary) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RatingValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (values: RatingValues) => {
    setBusy(true);
    setProblem(null);
    try {
      const comment = values.comment?.trim();
      onRated(
        await contractsApi.rate(contract.id, {
          quality: values.quality,
          schedule: values.schedule,
          communication: values.communication,
          ...(comment ? { comment } : {}),
        }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.problem.type === TENDER_PROBLEM.alreadyRated) {
        setProblem(t('contracts.alreadyRated'));
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
    <Form<RatingValues>
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      data-testid="rating-form"
    >
      {ASPECTS.map((aspect) => (
        <Form.Item
          key={aspect}
          name={aspect}
          label={t(`contracts.aspect.${aspect}`)}
          rules={[{ required: true, message: t('contracts.rateRequired') }]}
        >
          <Rate data-testid={`rating-${aspect}`} />
        </Form.Item>
      ))}
      <Form.Item
        name="comment"
        label={t('contracts.comment')}
        rules={[{ max: 2000, message: t('validation.tooLong', { max: 2000 }) }]}
      >
        <Input.TextArea rows={3} data-testid="rating-comment" />
      </Form.Item>
      {problem && (
        <Alert
          className="waibao-tender-gap"
          type="error"
          showIcon
          title={problem}
          data-testid="rating-error"
        />
      )}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="rating-submit">
        {t('contracts.rate')}
      </Button>
    </Form>
  );
}

function ContractView({
  contract,
  onChanged,
}: {
  contract: Contract;
  onChanged: (c: Contract) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useSession();
  const isClient = me?.organisation.id === contract.clientOrganisationId;
  const loadRating = useCallback(
    () => contractsApi.vendorRating(contract.vendorOrganisationId),
    [contract.vendorOrganisationId],
  );
  const [rating, , setRating] = useLoad<RatingSummary>(loadRating);
  const [rated, setRated] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [terminating, setTerminating] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const act = async (action: () => Promise<Contract>) => {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await action());
      setTerminating(false);
    } catch (error) {
      setProblem(t('common.actionFailed', { message: describeError(error, t) }));
    } finally {
      setBusy(false);
    }
  };

  const items: DescriptionsProps['items'] = [
    {
      key: 'value',
      label: t('contracts.value'),
      children: <span data-testid="contract-value">{formatMoney(contract.value, language)}</span>,
    },
    {
      key: 'starts',
      label: t('contracts.startsOn'),
      children: (
        <span data-testid="contract-starts">{formatDate(contract.startsOn, language)}</span>
      ),
    },
    {
      key: 'ends',
      label: t('contracts.endsOn'),
      children: <span data-testid="contract-ends">{formatDate(contract.endsOn, language)}</span>,
    },
    {
      key: 'tender',
      label: t('contracts.tender'),
      children: (
        <Link to={`/tenders/${contract.tenderId}`} data-testid="contract-tender-link">
          {t('contracts.openTender')}
        </Link>
      ),
    },
    {
      key: 'vendor',
      label: t('contracts.vendor'),
      children: (
        <Link to={`/vendors/${contract.vendorOrganisationId}`}>{t('contracts.openVendor')}</Link>
      ),
    },
    ...(contract.endedAt
      ? [
          {
            key: 'ended',
            label: t('contracts.endedAt'),
            children: formatDateTime(contract.endedAt, language),
          },
        ]
      : []),
    ...(contract.endReason
      ? [{ key: 'reason', label: t('contracts.endReason'), children: contract.endReason }]
      : []),
  ];

  return (
    <section className="waibao-page" data-testid="contract" data-contract-id={contract.id}>
      <div className="waibao-tender-heading">
        <Typography.Title level={2} data-testid="page-title">
          {t('contracts.title')}
        </Typography.Title>
        <Tag
          color={STATUS_COLOURS[contract.status]}
          data-testid="contract-status"
          data-status={contract.status}
        >
          {t(`contracts.status.${contract.status}`)}
        </Tag>
      </div>
      <Card className="waibao-tender-card">
        <Descriptions column={1} size="small" items={items} />
        {isClient && contract.status === 'ACTIVE' && (
          <Space className="waibao-tender-gap" wrap>
            <Popconfirm
              title={t('contracts.completeConfirm')}
              okText={t('contracts.complete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ 'data-testid': 'contract-complete-confirm' }}
              onConfirm={() => act(() => contractsApi.complete(contract.id))}
            >
              <Button type="primary" loading={busy} data-testid="contract-complete">
                {t('contracts.complete')}
              </Button>
            </Popconfirm>
            <Button danger onClick={() => setTerminating(true)} data-testid="contract-terminate">
              {t('contracts.terminate')}
            </Button>
          </Space>
        )}
        {problem && <Alert className="waibao-tender-gap" type="error" showIcon title={problem} />}
      </Card>
      {isClient && contract.status === 'COMPLETED' && !rated && (
        <Card title={t('contracts.rateTitle')} className="waibao-tender-card">
          <RatingForm
            contract={contract}
            onRated={(summary) => {
              setRated(true);
              setRating(summary);
            }}
          />
        </Card>
      )}
      {rated && (
        <Alert
          className="waibao-tender-gap"
          type="success"
          showIcon
          title={t('contracts.rated')}
          data-testid="rating-done"
        />
      )}
      <Card title={t('contracts.vendorRating')} className="waibao-tender-card">
        {rating.kind === 'loaded' ? (
          <RatingSummaryView summary={rating.value} />
        ) : rating.kind === 'loading' ? (
          <Spin />
        ) : (
          <Typography.Text type="secondary">{t('contracts.noRatings')}</Typography.Text>
        )}
      </Card>
      <Modal
        open={terminating}
        title={t('contracts.terminateTitle')}
        okText={t('contracts.terminate')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: busy, 'data-testid': 'contract-terminate-confirm' }}
        onOk={() => form.submit()}
        onCancel={() => setTerminating(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ reason }) =>
            void act(() => contractsApi.terminate(contract.id, reason.trim()))
          }
        >
          <Form.Item
            name="reason"
            label={t('contracts.terminateReason')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 1000, message: t('validation.tooLong', { max: 1000 }) },
            ]}
          >
            <Input.TextArea rows={3} data-testid="contract-terminate-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}

export function ContractPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const load = useCallback(() => contractsApi.contract(id), [id]);
  const [state, , setContract] = useLoad<Contract>(load);
  if (state.kind === 'loading') return <Spin size="large" />;
  if (state.kind === 'failed') {
    return (
      <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
    );
  }
  if (state.kind === 'notFound') {
    return (
      <Result
        status="404"
        title={<span data-testid="page-title">{t('contracts.notFound')}</span>}
      />
    );
  }
  return <ContractView contract={state.value} onChanged={setContract} />;
}
