// "Recommended for you" on a vendor's home: active tenders ranked for the vendor, each with its score
// breakdown and, for near-misses, what the vendor lacks; invitations are marked.
import './matching.css';
import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLoad } from '../tenders/useLoad';
import { matchingApi } from './api';
import { unmetText } from './describe';
import { ScoreBars } from './ScoreBars';
import type { Ranking, TenderMatch } from './types';

export function RecommendedTenders({ size = 5 }: { size?: number }) {
  const { t, i18n } = useTranslation();
  const load = useCallback(() => matchingApi.recommended(0, size), [size]);
  const [state] = useLoad<Ranking<TenderMatch>>(load);

  return (
    <Card
      className="waibao-match-card"
      title={t('matching.recommended')}
      extra={<Link to="/saved-searches">{t('matching.savedSearches')}</Link>}
      data-testid="recommended-tenders"
    >
      {state.kind === 'failed' && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
      )}
      <List<TenderMatch>
        loading={state.kind === 'loading'}
        dataSource={state.kind === 'loaded' ? state.value.items : []}
        locale={{ emptyText: t('matching.noRecommendations') }}
        renderItem={(match) => (
          <List.Item
            key={match.tenderId}
            data-testid="recommended-tender"
            extra={<ScoreBars parts={match.parts} />}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Link to={`/tenders/${match.tenderId}`}>{match.title}</Link>
                  {match.invitedAt && <Tag color="blue">{t('matching.invitedYou')}</Tag>}
                  {match.eligible ? (
                    <Tag color="green">{t('matching.eligible')}</Tag>
                  ) : (
                    <Tag color="orange">{t('matching.nearMiss')}</Tag>
                  )}
                </Space>
              }
              description={
                <Space orientation="vertical" size={2}>
                  <span>
                    <span className="waibao-match-total">{match.total.toFixed(1)}</span>{' '}
                    {match.bidDeadline &&
                      t('matching.deadline', {
                        date: new Date(match.bidDeadline).toLocaleString(i18n.language),
                      })}
                  </span>
                  {match.unmet.map((unmet) => (
                    <Typography.Text key={`${unmet.requirement}:${unmet.value}`} type="warning">
                      {unmetText(unmet, t)}
                    </Typography.Text>
                  ))}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
