// The vendor's side of a tender: its own live bids (sealed: nobody else sees them before the
// deadline) with revise and withdraw while bidding is open, and the form for a new bid.
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../accounts/format';
import { describeError } from '../../accounts/serverErrors';
import { currentLanguage } from '../../i18n';
import { ApiError } from '../../shared/api';
import { tendersApi } from '../api';
import { formatMoney } from '../format';
import type { BidStatus, BidView, Tender } from '../types';
import { useLoad } from '../useLoad';
import { BidForm } from './BidForm';

const BID_COLOURS: Record<BidStatus, string> = {
  SUBMITTED: 'green',
  WITHDRAWN: 'default',
  AWARDED: 'blue',
  LOST: 'volcano',
};

function BidCard({
  tender,
  bid,
  open,
  onChanged,
}: {
  tender: Tender;
  bid: BidView;
  open: boolean;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [revising, setRevising] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lot = tender.lots.find((l) => l.id === bid.lotId);
  const testSuffix = bid.lotId ?? 'tender';

  const withdraw = async () => {
    setError(null);
    try {
      await tendersApi.withdrawBid(tender.id, bid.lotId);
      onChanged(t('bids.withdrawn'));
    } catch (failure) {
      setError(t('common.actionFailed', { message: describeError(failure, t) }));
    }
  };

  const items: DescriptionsProps['items'] = [
    ...(lot ? [{ key: 'lot', label: t('bids.lot'), children: lot.title }] : []),
    {
      key: 'price',
      label: t('bids.price'),
      children: <span data-testid="my-bid-price">{formatMoney(bid.price, language)}</span>,
    },
    {
      key: 'duration',
      label: t('bids.duration'),
      children: t('tenders.daysValue', { days: bid.durationDays }),
    },
    {
      key: 'version',
      label: t('bids.version'),
      children: <span data-testid="my-bid-version">{bid.version}</span>,
    },
    {
      key: 'submitted',
      label: t('bids.submittedAt'),
      children: formatDateTime(bid.submittedAt, language),
    },
    {
      key: 'updated',
      label: t('bids.updatedAt'),
      children: formatDateTime(bid.updatedAt, language),
    },
    ...(bid.proposal
      ? [
          {
            key: 'proposal',
            label: t('bids.proposal'),
            children: <span className="waibao-tender-text">{bid.proposal}</span>,
          },
        ]
      : []),
    ...bid.answers
      .filter((a) => a.text)
      .map((answer) => ({
        key: `answer-${answer.criterion}`,
        label: tender.criteria[answer.criterion]?.name ?? `#${answer.criterion + 1}`,
        children: <span className="waibao-tender-text">{answer.text}</span>,
      })),
  ];

  return (
    <Card
      size="small"
      className="waibao-tender-card"
      data-testid={`my-bid-${testSuffix}`}
      data-status={bid.status}
      title={
        <Space>
          {t('bids.mine')}
          <Tag color={BID_COLOURS[bid.status]} data-testid="my-bid-status">
            {t(`bids.status.${bid.status}`)}
          </Tag>
        </Space>
      }
      extra={
        open &&
        bid.status === 'SUBMITTED' &&
        !revising && (
          <Space>
            <Button onClick={() => setRevising(true)} data-testid="bid-revise">
              {t('bids.revise')}
            </Button>
            <Popconfirm
              title={t('bids.withdrawConfirm')}
              okText={t('bids.withdraw')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'bid-withdraw-confirm' }}
              onConfirm={() => withdraw()}
            >
              <Button danger data-testid="bid-withdraw">
                {t('bids.withdraw')}
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {bid.needsReconfirmation && bid.status === 'SUBMITTED' && (
        <Alert
          className="waibao-tender-gap"
          type="warning"
          showIcon
          data-testid="bid-reconfirm"
          title={t('bids.reconfirmTitle')}
          description={open ? t('bids.reconfirmDetail') : undefined}
        />
      )}
      {bid.status === 'AWARDED' && (
        <Alert className="waibao-tender-gap" type="success" showIcon title={t('bids.won')} />
      )}
      {bid.status === 'LOST' && (
        <Alert className="waibao-tender-gap" type="info" showIcon title={t('bids.lost')} />
      )}
      {error && <Alert className="waibao-tender-gap" type="error" showIcon title={error} />}
      {revising ? (
        <BidForm
          tender={tender}
          lots={[]}
          revising={bid}
          onCancel={() => setRevising(false)}
          onDone={() => {
            setRevising(false);
            onChanged(t('bids.revised'));
          }}
        />
      ) : (
        <Descriptions column={1} size="small" items={items} />
      )}
    </Card>
  );
}

export function BidPanel({ tender, biddingOpen }: { tender: Tender; biddingOpen: boolean }) {
  const { t } = useTranslation();
  const load = useCallback(
    () =>
      tendersApi.myBids(tender.id).catch((error: unknown) => {
        // No live bid is a 404, not a failure.
        if (error instanceof ApiError && error.status === 404) return [] as BidView[];
        throw error;
      }),
    [tender.id],
  );
  const [state, reload] = useLoad<BidView[]>(load);
  const [notice, setNotice] = useState<string | null>(null);
  const mine = state.kind === 'loaded' ? state.value : [];
  const hasLots = tender.lots.length > 0;
  const freeLots = tender.lots.filter((lot) => !mine.some((bid) => bid.lotId === lot.id));
  const canBid =
    biddingOpen && state.kind === 'loaded' && (hasLots ? freeLots.length > 0 : mine.length === 0);

  const changed = (message: string) => {
    setNotice(message);
    reload();
  };

  return (
    <Card
      title={t('bids.title')}
      className="waibao-tender-card"
      data-testid="bid-panel"
      data-open={biddingOpen}
    >
      <Typography.Paragraph type="secondary">{t('bids.sealedNote')}</Typography.Paragraph>
      {!biddingOpen && (
        <Alert
          className="waibao-tender-gap"
          type="info"
          showIcon
          data-testid="bidding-closed"
          title={tender.status === 'DRAFT' ? t('bids.notPublished') : t('bids.closed')}
        />
      )}
      {state.kind === 'failed' && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
      )}
      {notice && (
        <Alert
          className="waibao-tender-gap"
          type="success"
          showIcon
          closable={{ onClose: () => setNotice(null) }}
          data-testid="bid-notice"
          title={notice}
        />
      )}
      {mine.map((bid) => (
        <BidCard key={bid.id} tender={tender} bid={bid} open={biddingOpen} onChanged={changed} />
      ))}
      {canBid && (
        <Card size="small" className="waibao-tender-card" title={t('bids.new')}>
          <BidForm
            key={mine.length}
            tender={tender}
            lots={freeLots}
            revising={null}
            onDone={() => changed(t('bids.submitted'))}
          />
        </Card>
      )}
    </Card>
  );
}
