// Everything public about a tender: overview, deadlines with countdowns, description, requirements,
// evaluation criteria and weights, and lots.
import type { TFunction } from 'i18next';
import { Card, Col, Descriptions, Empty, Progress, Row, Space, Table, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../accounts/format';
import { currentLanguage } from '../../i18n';
import { capabilityName, nameOf, useReference } from '../../reference/useReference';
import { Countdown } from '../Countdown';
import { formatBudget, formatMoney, formatNumber } from '../format';
import { LANGUAGE_CODES, type LanguageCode, type Tender } from '../types';

function Deadline({
  at,
  testId,
  live,
  onPassed,
}: {
  at: string | null;
  testId: string;
  live: boolean;
  onPassed?: () => void;
}) {
  const language = currentLanguage();
  const { t } = useTranslation();
  if (!at) return <Typography.Text type="secondary">{t('tenders.notSet')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      <span data-testid={testId} data-at={at}>
        {formatDateTime(at, language)}
      </span>
      {live && <Countdown until={at} testId={`${testId}-countdown`} onPassed={onPassed} />}
    </Space>
  );
}

export function OverviewCard({ tender }: { tender: Tender }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const contact = [tender.contactName, tender.contactPhone, tender.contactEmail]
    .filter(Boolean)
    .join(' · ');
  const items: DescriptionsProps['items'] = [
    {
      key: 'industry',
      label: t('tenders.field.clientIndustry'),
      children: tender.clientIndustry
        ? nameOf(reference?.industries, tender.clientIndustry, language)
        : '',
    },
    {
      key: 'city',
      label: t('tenders.field.city'),
      children: tender.city ? nameOf(reference?.cities, tender.city, language) : '',
    },
    {
      key: 'delivery',
      label: t('tenders.field.deliveryMode'),
      children: tender.deliveryMode ? t(`tenders.deliveryMode.${tender.deliveryMode}`) : '',
    },
    {
      key: 'budget',
      label: t('tenders.field.budget'),
      children: (
        <span data-testid="tender-budget">
          {formatBudget(tender.budgetMin, tender.budgetMax, language)}
        </span>
      ),
    },
    {
      key: 'ceiling',
      label: t('tenders.field.priceCeiling'),
      children: (
        <span data-testid="tender-ceiling">
          {tender.priceCeiling != null
            ? formatMoney(tender.priceCeiling, language)
            : t('tenders.notSet')}
        </span>
      ),
    },
    { key: 'minimumBids', label: t('tenders.field.minimumBids'), children: tender.minimumBids },
    {
      key: 'contact',
      label: t('tenders.field.contact'),
      children: contact || (
        <Typography.Text type="secondary">{t('tenders.notSet')}</Typography.Text>
      ),
    },
    ...(tender.publishedAt
      ? [
          {
            key: 'published',
            label: t('tenders.field.publishedAt'),
            children: formatDateTime(tender.publishedAt, language),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('tenders.detail.overview')} className="waibao-tender-card">
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}

export function DeadlinesCard({
  tender,
  onBidDeadlinePassed,
}: {
  tender: Tender;
  onBidDeadlinePassed?: () => void;
}) {
  const { t } = useTranslation();
  const live = tender.status === 'ACTIVE' || tender.status === 'DRAFT';
  const items: DescriptionsProps['items'] = [
    {
      key: 'clarification',
      label: t('tenders.field.clarificationDeadline'),
      children: (
        <Deadline
          at={tender.clarificationDeadline}
          testId="tender-clarification-deadline"
          live={live}
        />
      ),
    },
    {
      key: 'bid',
      label: t('tenders.field.bidDeadline'),
      children: (
        <Deadline
          at={tender.bidDeadline}
          testId="tender-bid-deadline"
          live={live}
          onPassed={onBidDeadlinePassed}
        />
      ),
    },
    {
      key: 'opening',
      label: t('tenders.field.openingTime'),
      children: <Deadline at={tender.openingTime} testId="tender-opening-time" live={false} />,
    },
    {
      key: 'notice',
      label: t('tenders.field.noticePeriodDays'),
      children: t('tenders.daysValue', { days: tender.noticePeriodDays }),
    },
  ];
  return (
    <Card title={t('tenders.detail.deadlines')} className="waibao-tender-card">
      <Descriptions column={1} size="small" items={items} />
      <Typography.Text type="secondary">{t('tenders.detail.serverTime')}</Typography.Text>
    </Card>
  );
}

export function DescriptionCard({ tender }: { tender: Tender }) {
  const { t } = useTranslation();
  return (
    <Card title={t('tenders.field.description')} className="waibao-tender-card">
      {tender.description ? (
        <Typography.Paragraph className="waibao-tender-text" data-testid="tender-description">
          {tender.description}
        </Typography.Paragraph>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}

export function RequirementsCard({ tender }: { tender: Tender }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const items: DescriptionsProps['items'] = [
    {
      key: 'capabilities',
      label: t('tenders.field.capabilities'),
      children:
        tender.capabilities.length === 0 ? (
          none
        ) : (
          <Space size={[4, 4]} wrap>
            {tender.capabilities.map((code) => (
              <Tag key={code} data-testid={`tender-capability-${code}`}>
                {capabilityName(reference, code, language)}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      key: 'certifications',
      label: t('tenders.field.certifications'),
      children:
        tender.certifications.length === 0 ? (
          none
        ) : (
          <Space size={[4, 4]} wrap>
            {tender.certifications.map((c) => (
              <Tag color="blue" key={c.type} data-testid={`tender-certification-${c.type}`}>
                {c.minimumLevel != null
                  ? t('tenders.certificationWithLevel', {
                      name: t(`tenders.certification.${c.type}`),
                      level: c.minimumLevel,
                    })
                  : t(`tenders.certification.${c.type}`)}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      key: 'languages',
      label: t('tenders.field.languages'),
      children:
        tender.languages.length === 0 ? (
          none
        ) : (
          <Space size={[4, 4]} wrap>
            {tender.languages.map((code) => (
              <Tag key={code}>{languageName(t, code)}</Tag>
            ))}
          </Space>
        ),
    },
    {
      key: 'headcount',
      label: t('tenders.field.minimumHeadcount'),
      children:
        tender.minimumHeadcount > 0
          ? t('tenders.headcountValue', {
              headcount: formatNumber(tender.minimumHeadcount, language),
            })
          : none,
    },
  ];
  return (
    <Card title={t('tenders.detail.requirements')} className="waibao-tender-card">
      <Descriptions column={1} size="small" items={items} data-testid="tender-requirements" />
    </Card>
  );
}

function languageName(t: TFunction, code: string): string {
  // Codes outside the form's list are shown as they are.
  return (LANGUAGE_CODES as readonly string[]).includes(code)
    ? t(`tenders.language.${code as LanguageCode}`)
    : code;
}

interface WeightRow {
  key: string;
  name: string;
  weight: number;
}

export function CriteriaCard({ tender }: { tender: Tender }) {
  const { t } = useTranslation();
  const rows: WeightRow[] = [
    { key: 'price', name: t('tenders.priceCriterion'), weight: tender.priceWeight },
    ...tender.criteria.map((c, index) => ({ key: `c${index}`, name: c.name, weight: c.weight })),
  ];
  return (
    <Card title={t('tenders.detail.criteria')} className="waibao-tender-card">
      <Table<WeightRow>
        data-testid="tender-criteria"
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: 'name', title: t('tenders.criterion'), dataIndex: 'name' },
          {
            key: 'weight',
            title: t('tenders.weight'),
            width: '40%',
            render: (_v, row) => (
              <Progress
                percent={row.weight}
                format={(percent) => t('tenders.pointsValue', { points: percent })}
                size="small"
              />
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" className="waibao-tender-gap">
        {t('tenders.detail.scoringRule')}
      </Typography.Paragraph>
    </Card>
  );
}

export function LotsCard({ tender }: { tender: Tender }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (tender.lots.length === 0) return null;
  return (
    <Card title={t('tenders.detail.lots')} className="waibao-tender-card">
      <Table
        data-testid="tender-lots"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={tender.lots}
        columns={[
          { key: 'title', title: t('tenders.lot'), dataIndex: 'title' },
          {
            key: 'budget',
            title: t('tenders.field.budgetMax'),
            render: (_v, lot) =>
              lot.budgetMax != null ? formatMoney(lot.budgetMax, language) : t('tenders.notSet'),
          },
        ]}
      />
    </Card>
  );
}

export function FactsGrid({
  tender,
  onBidDeadlinePassed,
}: {
  tender: Tender;
  onBidDeadlinePassed?: () => void;
}) {
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <OverviewCard tender={tender} />
      </Col>
      <Col xs={24} lg={12}>
        <DeadlinesCard tender={tender} onBidDeadlinePassed={onBidDeadlinePassed} />
      </Col>
    </Row>
  );
}
