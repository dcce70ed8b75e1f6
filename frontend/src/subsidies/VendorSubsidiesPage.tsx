// A vendor's subsidies: the incentives in force with the engine's estimate for the leases and
// certifications the firm holds, a claim form for each, and the status of its claims.
import { Alert, Button, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { useLoad } from '../parks/useLoad';
import { subsidiesApi } from './api';
import { ClaimModal } from './ClaimModal';
import { ClaimsTable } from './ClaimsTable';
import { Explanation } from './Explanation';
import { money, named } from './format';
import type { Offer } from './types';

export function VendorSubsidiesPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [offers, reloadOffers] = useLoad(useCallback(() => subsidiesApi.offers(), []));
  const [claims, reloadClaims] = useLoad(useCallback(() => subsidiesApi.claims(), []));
  const [claiming, setClaiming] = useState<Offer | null>(null);
  const [claimed, setClaimed] = useState(false);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('subsidies.vendorTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('subsidies.vendorIntro')}</Typography.Paragraph>
      </div>
      <Typography.Title level={3}>{t('subsidies.offers')}</Typography.Title>
      {offers.kind === 'loading' && <Spin />}
      {offers.kind === 'failed' && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: offers.message })} />
      )}
      {offers.kind === 'loaded' && offers.value.length === 0 && (
        <Empty description={t('subsidies.noOffers')} />
      )}
      {offers.kind === 'loaded' &&
        offers.value.map((offer) => (
          <Card
            key={offer.policy.id}
            data-testid={`offer-${offer.policy.id}`}
            title={named(offer.policy.nameZh, offer.policy.nameEn, language)}
            extra={
              <Space>
                <Tag>{t(`subsidies.types.${offer.policy.type}`)}</Tag>
                <Tag>
                  {offer.policy.parkId
                    ? named(offer.policy.parkNameZh, offer.policy.parkNameEn, language)
                    : t('subsidies.provinceWide')}
                </Tag>
                <Button type="primary" data-testid="offer-claim" onClick={() => setClaiming(offer)}>
                  {t('subsidies.claim')}
                </Button>
              </Space>
            }
          >
            {offer.estimates.length === 0 && (
              <Typography.Text type="secondary">{t('subsidies.notEligible')}</Typography.Text>
            )}
            {offer.estimates.map((estimate, index) => (
              <div key={index} data-testid="offer-estimate" className="waibao-estimate">
                <Space wrap>
                  <Typography.Text strong>{estimate.label}</Typography.Text>
                  {estimate.eligible ? (
                    <Tag color="green" data-testid="offer-estimate-amount">
                      {estimate.basis === 'trainee'
                        ? t('subsidies.perTrainee', { amount: money(estimate.amount, language) })
                        : t('subsidies.estimateAmount', {
                            amount: money(estimate.amount, language),
                          })}
                    </Tag>
                  ) : (
                    <Tag>
                      {estimate.basis === 'lease' && estimate.months.length === 0
                        ? t('subsidies.nothingToClaim')
                        : t('subsidies.notEligible')}
                    </Tag>
                  )}
                </Space>
                {estimate.eligible ? (
                  <Explanation lines={estimate.explanation} />
                ) : (
                  <Typography.Paragraph type="secondary">
                    {estimate.basis === 'lease' && estimate.months.length === 0
                      ? t('subsidies.noOpenMonths')
                      : estimate.reasons.map((r) => `${r.field}: ${r.message}`).join('; ')}
                  </Typography.Paragraph>
                )}
              </div>
            ))}
          </Card>
        ))}
      <Typography.Title level={3}>{t('subsidies.myClaims')}</Typography.Title>
      {claimed && (
        <Alert
          type="success"
          showIcon
          title={t('subsidies.claimSubmitted')}
          data-testid="claimed"
        />
      )}
      {claims.kind === 'failed' && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: claims.message })} />
      )}
      {claims.kind === 'loaded' && (
        <ClaimsTable claims={claims.value} showClaimant={false} testId="my-claims" />
      )}
      {claiming && (
        <ClaimModal
          offer={claiming}
          onClose={() => setClaiming(null)}
          onClaimed={() => {
            setClaiming(null);
            setClaimed(true);
            reloadOffers();
            reloadClaims();
          }}
        />
      )}
    </Space>
  );
}
