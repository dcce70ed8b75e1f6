// The client's evaluation: before the bid deadline only that bids are sealed (and when they open);
// after it every bid side by side (price, duration, answers, scores, price/quality/total, rank),
// a scoring form per bid, and the award (reason and contract dates) of one bid per tender or lot.
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentLanguage } from '../../i18n';
import { ApiError } from '../../shared/api';
import { tendersApi } from '../api';
import { Countdown } from '../Countdown';
import { formatMoney, formatNumber } from '../format';
import { TENDER_PROBLEM, type AwardResult, type RankedBid, type Tender } from '../types';
import { useLoad } from '../useLoad';
import { AwardModal } from './AwardModal';
import { ScoreModal } from './ScoreModal';

/** How long to wait before asking again when the server still calls the bids sealed (clock skew). */
const SEALED_RETRY_MS = 3_000;

function BidDetails({ tender, ranked }: { tender: Tender; ranked: RankedBid }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" className="waibao-tender-full">
      <div>
        <Typography.Text strong>{t('bids.proposal')}</Typography.Text>
        <Typography.Paragraph className="waibao-tender-text">
          {ranked.bid.proposal || t('common.none')}
        </Typography.Paragraph>
      </div>
      {tender.criteria.map((criterion, index) => (
        <div key={index}>
          <Typography.Text strong>{criterion.name}</Typography.Text>
          <Typography.Paragraph className="waibao-tender-text">
            {ranked.bid.answers.find((a) => a.criterion === index)?.text || t('common.none')}
          </Typography.Paragraph>
        </div>
      ))}
    </Space>
  );
}

function Comparison({
  tender,
  bids,
  onScore,
  onAward,
}: {
  tender: Tender;
  bids: RankedBid[];
  onScore: (bid: RankedBid) => void;
  onAward: (bid: RankedBid) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const evaluating = tender.status === 'EVALUATION';
  const groups =
    tender.lots.length > 0
      ? tender.lots.map((lot) => ({
          key: lot.id,
          title: lot.title,
          bids: bids.filter((b) => b.bid.lotId === lot.id),
        }))
      : [{ key: 'tender', title: null as string | null, bids }];

  const columns = (group: RankedBid[]): TableColumnsType<RankedBid> => {
    const awarded = group.some((b) => b.bid.status === 'AWARDED');
    return [
      {
        key: 'rank',
        title: t('evaluation.rank'),
        width: 64,
        render: (_v, r) => <span data-testid={`bid-rank-${r.bid.id}`}>{r.rank}</span>,
      },
      {
        key: 'vendor',
        title: t('evaluation.vendor'),
        render: (_v, r) => (
          <Space orientation="vertical" size={0}>
            <Link to={`/vendors/${r.vendorOrganisationId}`}>{r.vendorName}</Link>
            {r.bid.status !== 'SUBMITTED' && (
              <Tag color={r.bid.status === 'AWARDED' ? 'blue' : 'default'}>
                {t(`bids.status.${r.bid.status}`)}
              </Tag>
            )}
          </Space>
        ),
      },
      {
        key: 'price',
        title: t('bids.price'),
        render: (_v, r) => (
          <span data-testid={`bid-price-${r.bid.id}`}>{formatMoney(r.bid.price, language)}</span>
        ),
      },
      {
        key: 'duration',
        title: t('bids.duration'),
        render: (_v, r) => t('tenders.daysValue', { days: r.bid.durationDays }),
      },
      ...tender.criteria.map((criterion, index) => ({
        key: `score-${index}`,
        title: `${criterion.name} (${criterion.weight})`,
        render: (_v: unknown, r: RankedBid) => {
          const score = r.scores[String(index)];
          return score === undefined ? (
            <Typography.Text type="secondary">—</Typography.Text>
          ) : (
            <span data-testid={`bid-score-${r.bid.id}-${index}`}>{score}</span>
          );
        },
      })),
      {
        key: 'priceScore',
        title: t('evaluation.priceScore'),
        render: (_v, r) => formatNumber(r.priceScore, language),
      },
      {
        key: 'qualityScore',
        title: t('evaluation.qualityScore'),
        render: (_v, r) => formatNumber(r.qualityScore, language),
      },
      {
        key: 'total',
        title: t('evaluation.total'),
        render: (_v, r) => (
          <Typography.Text strong data-testid={`bid-total-${r.bid.id}`}>
            {formatNumber(r.total, language)}
          </Typography.Text>
        ),
      },
      ...(evaluating
        ? [
            {
              key: 'actions',
              title: t('evaluation.actions'),
              render: (_v: unknown, r: RankedBid) => (
                <Space wrap>
                  {tender.criteria.length > 0 && (
                    <Button
                      size="small"
                      onClick={() => onScore(r)}
                      data-testid={`bid-score-${r.bid.id}`}
                    >
                      {t('evaluation.score')}
                    </Button>
                  )}
                  {!awarded && r.bid.status === 'SUBMITTED' && (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => onAward(r)}
                      data-testid={`bid-award-${r.bid.id}`}
                    >
                      {t('evaluation.award')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]
        : []),
    ];
  };

  return (
    <>
      {groups.map((group) => (
        <div key={group.key} className="waibao-tender-card">
          {group.title && <Typography.Title level={5}>{group.title}</Typography.Title>}
          <Table<RankedBid>
            data-testid={tender.lots.length > 0 ? `bids-table-${group.key}` : 'bids-table'}
            rowKey={(r) => r.bid.id}
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={[...group.bids].sort((a, b) => a.rank - b.rank)}
            columns={columns(group.bids)}
            expandable={{
              expandedRowRender: (r) => <BidDetails tender={tender} ranked={r} />,
            }}
            locale={{ emptyText: t('evaluation.noBids') }}
          />
        </div>
      ))}
    </>
  );
}

export function EvaluationPanel({
  tender,
  deadlinePassed,
  onTenderChanged,
}: {
  tender: Tender;
  deadlinePassed: boolean;
  /** The tender changed (it closed, or a bid was awarded): load it again. */
  onTenderChanged: () => void;
}) {
  const { t } = useTranslation();
  const [sealedRetry, setSealedRetry] = useState(0);
  const load = useCallback(
    () => (deadlinePassed ? tendersApi.bids(tender.id) : Promise.resolve(null)),
    // a new sealedRetry asks again while the server still calls the bids sealed
    [tender.id, deadlinePassed, sealedRetry],
  );
  const [state, reload, setBids] = useLoad<RankedBid[] | null>(load);
  const [scoring, setScoring] = useState<RankedBid | null>(null);
  const [awarding, setAwarding] = useState<RankedBid | null>(null);
  const [award, setAward] = useState<AwardResult | null>(null);

  // The bids opened: the tender moved on to evaluation (the server closes it on this very call if
  // its job has not yet), so the page's copy of the tender is stale.
  const opened = state.kind === 'loaded' && state.value !== null;
  useEffect(() => {
    if (opened && tender.status === 'ACTIVE') onTenderChanged();
  }, [opened, tender.status, onTenderChanged]);

  const stillSealed =
    state.kind === 'failed' &&
    state.error instanceof ApiError &&
    state.error.problem.type === TENDER_PROBLEM.bidsSealed;
  useEffect(() => {
    if (!stillSealed) return;
    const timer = window.setTimeout(() => setSealedRetry((n) => n + 1), SEALED_RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [stillSealed, state]);

  if (!deadlinePassed || stillSealed) {
    return (
      <Card title={t('evaluation.title')} className="waibao-tender-card" data-testid="evaluation">
        <Alert
          type="info"
          showIcon
          data-testid="bids-sealed"
          title={t('evaluation.sealed')}
          description={
            tender.bidDeadline ? (
              <Space>
                {t('evaluation.opensIn')}
                <Countdown until={tender.bidDeadline} />
              </Space>
            ) : undefined
          }
        />
      </Card>
    );
  }

  return (
    <Card
      title={t('evaluation.title')}
      className="waibao-tender-card"
      data-testid="evaluation"
      extra={
        <Button size="small" onClick={reload} data-testid="bids-reload">
          {t('evaluation.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('evaluation.lead')}</Typography.Paragraph>
      {state.kind === 'failed' && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
      )}
      {tender.status === 'UNSUCCESSFUL' && (
        <Alert
          className="waibao-tender-gap"
          type="warning"
          showIcon
          title={t('evaluation.unsuccessful')}
        />
      )}
      {award && (
        <Alert
          className="waibao-tender-gap"
          type="success"
          showIcon
          data-testid="award-result"
          title={t('evaluation.awarded', { value: formatMoney(award.value, currentLanguage()) })}
          description={
            <Link to={`/contracts/${award.contractId}`} data-testid="award-contract-link">
              {t('evaluation.openContract')}
            </Link>
          }
        />
      )}
      {state.kind === 'loaded' && state.value && (
        <Comparison tender={tender} bids={state.value} onScore={setScoring} onAward={setAwarding} />
      )}
      <ScoreModal
        tender={tender}
        ranked={scoring}
        onClose={() => setScoring(null)}
        onScored={(ranking) => {
          setScoring(null);
          setBids(ranking);
        }}
      />
      <AwardModal
        tender={tender}
        ranked={awarding}
        onClose={() => setAwarding(null)}
        onAwarded={(result) => {
          setAwarding(null);
          setAward(result);
          reload();
          onTenderChanged();
        }}
      />
    </Card>
  );
}
