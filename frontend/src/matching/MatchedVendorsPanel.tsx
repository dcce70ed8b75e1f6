// The client's "matched vendors" panel on its tender: vendors ranked by score with the breakdown as
// bars, near-misses with what they miss, and an invitation per vendor (sent once, then shown).
import './matching.css';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../accounts/serverErrors';
import { useLoad } from '../tenders/useLoad';
import { matchingApi } from './api';
import { unmetText } from './describe';
import { ScoreBars } from './ScoreBars';
import type { Ranking, VendorMatch } from './types';

const PAGE_SIZE = 10;

export function MatchedVendorsPanel({
  tenderId,
  canInvite,
}: {
  tenderId: string;
  /** Whether the tender is open for bids, so invitations make sense. */
  canInvite: boolean;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [inviting, setInviting] = useState<string | null>(null);
  const load = useCallback(() => matchingApi.matches(tenderId, page, PAGE_SIZE), [tenderId, page]);
  const [state, reload] = useLoad<Ranking<VendorMatch>>(load);

  const invite = async (vendor: VendorMatch) => {
    setInviting(vendor.vendorId);
    setFailure(null);
    try {
      await matchingApi.invite(tenderId, vendor.vendorId);
      reload();
    } catch (error) {
      setFailure(describeError(error, t));
    } finally {
      setInviting(null);
    }
  };

  const columns: TableColumnsType<VendorMatch> = [
    { title: t('matching.rank'), dataIndex: 'rank', width: 60 },
    {
      title: t('matching.vendor'),
      key: 'vendor',
      render: (_, match) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/vendors/${match.vendorId}`} data-testid="match-vendor-name">
            {match.nameZh}
          </Link>
          {match.nameEn && <Typography.Text type="secondary">{match.nameEn}</Typography.Text>}
          <Typography.Text type="secondary">
            {t('matching.headcount', { count: match.headcount })}
          </Typography.Text>
          {match.eligible ? (
            <Tag color="green">{t('matching.eligible')}</Tag>
          ) : (
            <Tag color="orange">{t('matching.nearMiss')}</Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('matching.total'),
      dataIndex: 'total',
      width: 90,
      render: (total: number) => (
        <span className="waibao-match-total" data-testid="match-total">
          {total.toFixed(1)}
        </span>
      ),
    },
    {
      title: t('matching.breakdown'),
      key: 'parts',
      render: (_, match) => <ScoreBars parts={match.parts} testId="match-bars" />,
    },
    {
      title: t('matching.reasons'),
      key: 'unmet',
      render: (_, match) =>
        match.unmet.length === 0 ? (
          <Typography.Text type="success">{t('matching.meetsAll')}</Typography.Text>
        ) : (
          <ul className="waibao-match-unmet" data-testid="match-unmet">
            {match.unmet.map((unmet) => (
              <li key={`${unmet.requirement}:${unmet.value}`}>{unmetText(unmet, t)}</li>
            ))}
          </ul>
        ),
    },
    {
      title: t('matching.invitation'),
      key: 'invite',
      width: 120,
      render: (_, match) =>
        match.invitedAt ? (
          <Tag
            color="blue"
            data-testid="match-invited"
            title={t('matching.invited', { name: match.nameZh })}
          >
            {t('matching.invitedTag')}
          </Tag>
        ) : (
          <Button
            size="small"
            disabled={!canInvite}
            loading={inviting === match.vendorId}
            onClick={() => void invite(match)}
            data-testid="match-invite"
          >
            {t('matching.invite')}
          </Button>
        ),
    },
  ];

  return (
    <Card
      className="waibao-match-card"
      title={t('matching.matchedVendors')}
      data-testid="matched-vendors"
    >
      {state.kind === 'failed' && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setFailure(null)}
          title={failure}
          data-testid="match-invite-failed"
        />
      )}
      {state.kind === 'loaded' && (
        <Typography.Paragraph type="secondary" data-testid="matched-summary">
          {t('matching.summary', {
            eligible: state.value.eligible,
            nearMisses: state.value.total - state.value.eligible,
          })}
          {!state.value.textComputed && ` ${t('matching.textUnavailable')}`}
        </Typography.Paragraph>
      )}
      <Table<VendorMatch>
        rowKey="vendorId"
        size="small"
        loading={state.kind === 'loading'}
        columns={columns}
        dataSource={state.kind === 'loaded' ? state.value.items : []}
        locale={{ emptyText: t('matching.noMatches') }}
        scroll={{ x: true }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: state.kind === 'loaded' ? state.value.total : 0,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
      />
    </Card>
  );
}
