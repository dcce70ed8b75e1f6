// Claims with their status and amounts; each row opens to its basis, explanation, decision and
// payments. Review actions are supplied by the page that may take them.
import { Descriptions, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { Explanation } from './Explanation';
import { money, named } from './format';
import { StatusTag } from './StatusTag';
import type { Claim } from './types';

export function ClaimsTable({
  claims,
  showClaimant,
  actions,
  testId,
}: {
  claims: Claim[];
  showClaimant: boolean;
  actions?: (claim: Claim) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table<Claim>
      data-testid={testId}
      rowKey="id"
      dataSource={claims}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('subsidies.noClaims') }}
      onRow={(claim) => ({ 'data-testid': `claim-${claim.id}` }) as never}
      expandable={{
        expandedRowRender: (claim) => <ClaimDetail claim={claim} />,
      }}
      columns={[
        {
          title: t('subsidies.policy'),
          key: 'policy',
          render: (_, claim) => (
            <>
              {named(claim.policyNameZh, claim.policyNameEn, language)}
              <br />
              <Typography.Text type="secondary">
                {t(`subsidies.types.${claim.type}`)} · {t('subsidies.revision')}{' '}
                {claim.policyRevision}
              </Typography.Text>
            </>
          ),
        },
        ...(showClaimant
          ? [
              {
                title: t('subsidies.claimant'),
                key: 'claimant',
                render: (_: unknown, claim: Claim) =>
                  named(claim.claimantNameZh, claim.claimantNameEn, language),
              },
            ]
          : []),
        {
          title: t('subsidies.computedAmount'),
          key: 'computed',
          align: 'right' as const,
          render: (_, claim) => (
            <span data-testid="claim-computed">{money(claim.computedAmount, language)}</span>
          ),
        },
        {
          title: t('subsidies.approvedAmount'),
          key: 'approved',
          align: 'right' as const,
          render: (_, claim) => money(claim.approvedAmount, language),
        },
        {
          title: t('subsidies.status'),
          key: 'status',
          render: (_, claim) => <StatusTag status={claim.status} />,
        },
        {
          title: t('subsidies.submittedAt'),
          key: 'submittedAt',
          render: (_, claim) => new Date(claim.submittedAt).toLocaleString(language),
        },
        ...(actions
          ? [{ title: '', key: 'actions', render: (_: unknown, claim: Claim) => actions(claim) }]
          : []),
      ]}
    />
  );
}

function ClaimDetail({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const basis = claim.basis;
  const basisText =
    basis.months && basis.months.length > 0
      ? basis.months
          .map((m) => t('subsidies.monthLabel', { number: m.number, from: m.from, to: m.to }))
          .join('; ')
      : basis.certificationType
        ? `${basis.certificationType}${basis.certificationLevel ? ` ${basis.certificationLevel}` : ''} · ${basis.certificateNumber ?? ''}`
        : `${basis.cohortName ?? ''} · ${(basis.trainees ?? []).map((x) => x.name).join(', ')}`;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('subsidies.basis')}>{basisText}</Descriptions.Item>
      <Descriptions.Item label={t('subsidies.explanation')}>
        <Explanation lines={claim.explanation} />
      </Descriptions.Item>
      {claim.provinceShare !== null && (
        <Descriptions.Item label={t('subsidies.fundingSource')}>
          {t('subsidies.split', {
            province: money(claim.provinceShare, language),
            city: money(claim.cityShare, language),
          })}
        </Descriptions.Item>
      )}
      {claim.decisionReason && (
        <Descriptions.Item label={t('subsidies.decisionReason')}>
          {claim.decisionReason}
        </Descriptions.Item>
      )}
      {claim.payments.length > 0 && (
        <Descriptions.Item label={t('subsidies.paid')}>
          {claim.payments.map((p) => (
            <div key={p.id}>
              {p.paidOn} · {t(`subsidies.funding.${p.fundingSource}`)} · {money(p.amount, language)}{' '}
              · {p.reference}
            </div>
          ))}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
