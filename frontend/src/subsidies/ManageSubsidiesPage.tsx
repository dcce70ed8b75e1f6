// Subsidies for whoever pays them: a park operator (its parks' policies) or the authority
// (province-wide policies, every claim, budgets used per policy). Policies with their editor and
// budgets, the review queue, all claims with payment, and the ledger.
import {
  Alert,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Radio,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../accounts/serverErrors';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { parksApi } from '../parks/api';
import { useLoad } from '../parks/useLoad';
import { subsidiesApi } from './api';
import { ClaimsTable } from './ClaimsTable';
import { money, named } from './format';
import { PolicyModal } from './PolicyModal';
import type { Claim, Payment, Policy } from './types';
import { provinceToday } from '../shared/provinceCalendar';

export function ManageSubsidiesPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const language = currentLanguage();
  const authority = me?.organisation.kind === 'AUTHORITY';
  const ownOrganisation = me?.organisation.id;
  const [policies, reloadPolicies] = useLoad(useCallback(() => subsidiesApi.policies(), []));
  const [claims, reloadClaims] = useLoad(useCallback(() => subsidiesApi.claims(), []));
  const [ledger, reloadLedger] = useLoad(useCallback(() => subsidiesApi.ledger(), []));
  const [parks] = useLoad(
    useCallback(() => (authority ? Promise.resolve([]) : parksApi.mine()), [authority]),
  );
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  const [deciding, setDeciding] = useState<Claim | null>(null);
  const [paying, setPaying] = useState<Claim | null>(null);

  const reloadAll = () => {
    reloadPolicies();
    reloadClaims();
    reloadLedger();
  };
  const own = (claim: Claim) => claim.policyOwnerOrganisationId === ownOrganisation;
  const actions = (claim: Claim) =>
    own(claim) && claim.status === 'SUBMITTED' ? (
      <Button data-testid="claim-review" onClick={() => setDeciding(claim)}>
        {t('subsidies.decide')}
      </Button>
    ) : own(claim) && claim.status === 'APPROVED' ? (
      <Button data-testid="claim-pay" type="primary" onClick={() => setPaying(claim)}>
        {t('subsidies.pay')}
      </Button>
    ) : null;

  const policyColumns = [
    {
      title: t('subsidies.policy'),
      key: 'name',
      render: (_: unknown, p: Policy) => (
        <>
          <Typography.Text strong>{named(p.nameZh, p.nameEn, language)}</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {t(`subsidies.types.${p.type}`)} ·{' '}
            {p.parkId ? named(p.parkNameZh, p.parkNameEn, language) : t('subsidies.provinceWide')}
          </Typography.Text>
        </>
      ),
    },
    ...(authority
      ? [
          {
            title: t('subsidies.owner'),
            key: 'owner',
            render: (_: unknown, p: Policy) => named(p.ownerNameZh, p.ownerNameEn, language),
          },
        ]
      : []),
    {
      title: t('subsidies.validity'),
      key: 'validity',
      render: (_: unknown, p: Policy) => (
        <>
          {p.validFrom} – {p.validTo ?? t('subsidies.openEnded')}
          <br />
          <Tag color={p.inForce ? 'green' : 'default'}>
            {p.inForce ? t('subsidies.inForce') : t('subsidies.notInForce')}
          </Tag>
        </>
      ),
    },
    {
      title: t('subsidies.revision'),
      dataIndex: 'revision',
      key: 'revision',
    },
    {
      title: t('subsidies.annualBudget'),
      key: 'budget',
      align: 'right' as const,
      render: (_: unknown, p: Policy) => money(p.annualBudget, language),
    },
    {
      title: t('subsidies.budgetUsed', { year: new Date().getFullYear() }),
      key: 'used',
      render: (_: unknown, p: Policy) => (
        <div data-testid={`budget-${p.id}`} style={{ minWidth: 220 }}>
          <Progress
            percent={Math.round((p.committed / p.annualBudget) * 100)}
            success={{ percent: Math.round((p.paid / p.annualBudget) * 100) }}
            size="small"
          />
          <Typography.Text type="secondary">
            {t('subsidies.committed')} {money(p.committed, language)} · {t('subsidies.paid')}{' '}
            {money(p.paid, language)} · {t('subsidies.remaining')} {money(p.remaining, language)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '',
      key: 'edit',
      render: (_: unknown, p: Policy) =>
        p.ownerOrganisationId === ownOrganisation ? (
          <Button onClick={() => setEditing(p)}>{t('subsidies.edit')}</Button>
        ) : null,
    },
  ];

  const ledgerColumns = [
    { title: t('subsidies.paidOn'), dataIndex: 'paidOn', key: 'paidOn' },
    {
      title: t('subsidies.policy'),
      key: 'policy',
      render: (_: unknown, p: Payment) => named(p.policyNameZh, p.policyNameEn, language),
    },
    {
      title: t('subsidies.claimant'),
      key: 'claimant',
      render: (_: unknown, p: Payment) => named(p.claimantNameZh, p.claimantNameEn, language),
    },
    {
      title: t('subsidies.fundingSource'),
      key: 'funding',
      render: (_: unknown, p: Payment) => t(`subsidies.funding.${p.fundingSource}`),
    },
    {
      title: t('subsidies.amount'),
      key: 'amount',
      align: 'right' as const,
      render: (_: unknown, p: Payment) => (
        <span data-testid="ledger-amount">{money(p.amount, language)}</span>
      ),
    },
    { title: t('subsidies.reference'), dataIndex: 'reference', key: 'reference' },
  ];

  const loaded = <T,>(
    state: ReturnType<typeof useLoad<T>>[0],
    render: (value: T) => React.ReactNode,
  ) =>
    state.kind === 'loading' ? (
      <Spin />
    ) : state.kind === 'failed' ? (
      <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
    ) : state.kind === 'loaded' ? (
      render(state.value)
    ) : null;

  const tabs = [
    {
      key: 'policies',
      label: t('subsidies.tabs.policies'),
      children: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" data-testid="policy-new" onClick={() => setEditing('new')}>
            {t('subsidies.newPolicy')}
          </Button>
          {loaded(policies, (value) => (
            <Table<Policy>
              rowKey="id"
              data-testid="policies"
              dataSource={value}
              columns={policyColumns}
              pagination={false}
            />
          ))}
        </Space>
      ),
    },
    {
      key: 'review',
      label: t('subsidies.tabs.review'),
      children: loaded(claims, (value) => (
        <ClaimsTable
          testId="review-queue"
          claims={value.filter((c) => c.status === 'SUBMITTED' && own(c))}
          showClaimant
          actions={actions}
        />
      )),
    },
    {
      key: 'claims',
      label: t('subsidies.tabs.claims'),
      children: loaded(claims, (value) => (
        <ClaimsTable testId="all-claims" claims={value} showClaimant actions={actions} />
      )),
    },
    {
      key: 'ledger',
      label: t('subsidies.tabs.ledger'),
      children: loaded(ledger, (value) => (
        <Table<Payment>
          rowKey="id"
          data-testid="ledger"
          dataSource={value}
          columns={ledgerColumns}
          locale={{ emptyText: t('subsidies.noPayments') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      )),
    },
  ];

  return (
    <>
      <Typography.Title level={2}>{t('subsidies.manageTitle')}</Typography.Title>
      <Tabs items={tabs} data-testid="subsidy-tabs" />
      {editing && (
        <PolicyModal
          policy={editing === 'new' ? null : editing}
          authority={authority}
          parks={
            parks.kind === 'loaded'
              ? parks.value.map((p) => ({ id: p.id, name: named(p.nameZh, p.nameEn, language) }))
              : []
          }
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reloadPolicies();
          }}
        />
      )}
      {deciding && (
        <DecisionModal
          claim={deciding}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            reloadAll();
          }}
        />
      )}
      {paying && (
        <PaymentModal
          claim={paying}
          onClose={() => setPaying(null)}
          onDone={() => {
            setPaying(null);
            reloadAll();
          }}
        />
      )}
    </>
  );
}

function DecisionModal({
  claim,
  onClose,
  onDone,
}: {
  claim: Claim;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'APPROVED' | 'REJECTED'>('APPROVED');
  const [amount, setAmount] = useState<number | null>(claim.computedAmount);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      await subsidiesApi.decide(
        claim.id,
        decision,
        decision === 'APPROVED' ? amount : null,
        reason,
      );
      onDone();
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  return (
    <Modal
      open
      title={t('subsidies.decideTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ 'data-testid': 'decision-submit' } as never}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value as never)}>
          <Radio value="APPROVED" data-testid="decision-approve">
            {t('subsidies.approve')}
          </Radio>
          <Radio value="REJECTED" data-testid="decision-reject">
            {t('subsidies.reject')}
          </Radio>
        </Radio.Group>
        {decision === 'APPROVED' && (
          <Form.Item label={t('subsidies.adjustedAmount')}>
            <InputNumber
              min={0}
              max={claim.computedAmount}
              precision={2}
              value={amount}
              onChange={(v) => setAmount(v)}
              style={{ width: 200 }}
            />
          </Form.Item>
        )}
        <Form.Item label={t('subsidies.reason')}>
          <Input.TextArea
            value={reason}
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
            data-testid="decision-reason"
          />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} data-testid="decision-error" />}
      </Space>
    </Modal>
  );
}

function PaymentModal({
  claim,
  onClose,
  onDone,
}: {
  claim: Claim;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState<Dayjs>(dayjs(provinceToday()));
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      await subsidiesApi.pay(claim.id, reference, paidOn.format('YYYY-MM-DD'));
      onDone();
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  return (
    <Modal
      open
      title={t('subsidies.payTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ 'data-testid': 'payment-submit' } as never}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {t('subsidies.approvedAmount')}: {money(claim.approvedAmount, language)}
        </Typography.Text>
        <Form.Item label={t('subsidies.reference')}>
          <Input
            value={reference}
            maxLength={100}
            onChange={(e) => setReference(e.target.value)}
            data-testid="payment-reference"
          />
        </Form.Item>
        <Form.Item label={t('subsidies.paidOn')}>
          <DatePicker value={paidOn} onChange={(v) => v && setPaidOn(v)} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} data-testid="payment-error" />}
      </Space>
    </Modal>
  );
}
