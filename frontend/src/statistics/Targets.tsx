// Progress against the policy targets of each plan period: current value, trend, projected date.
import { Card, Col, Empty, Progress as Bar, Row, Statistic, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { useLoad } from '../parks/useLoad';
import { statisticsApi, type PlanPeriod, type Progress } from './api';

function TargetCard({ progress, locale }: { progress: Progress; locale: string }) {
  const { t } = useTranslation();
  const percent =
    progress.target > 0 ? Math.min(100, (progress.current / progress.target) * 100) : 0;
  const number = (value: number) => value.toLocaleString(locale, { maximumFractionDigits: 2 });
  return (
    <Card size="small" className="statistics-target" data-indicator={progress.indicator}>
      <Typography.Text strong>
        {t(`dashboard.indicator.${progress.indicator}` as 'dashboard.indicator.EMPLOYMENT')}
      </Typography.Text>
      <Statistic
        value={number(progress.current)}
        suffix={`/ ${number(progress.target)}`}
        title={
          progress.currentYear === null
            ? t('dashboard.targets.noData')
            : `${t('dashboard.targets.current')} · ${t('dashboard.targets.currentYear', { year: progress.currentYear })}`
        }
      />
      <Bar
        percent={Math.round(percent * 10) / 10}
        status={progress.reached ? 'success' : 'active'}
      />
      <Typography.Paragraph type="secondary" className="statistics-note">
        {progress.trend.map((p) => `${p.year}: ${number(p.value)}`).join(' → ')}
      </Typography.Paragraph>
      {progress.ratePerYear !== null && (
        <div>
          {t('dashboard.targets.rate')}: {number(progress.ratePerYear)}
        </div>
      )}
      <div>
        {progress.reached ? (
          <Tag color="success">{t('dashboard.targets.reached')}</Tag>
        ) : progress.projectedDate ? (
          <>
            {t('dashboard.targets.projected')}: {progress.projectedDate}{' '}
            <Tag color={progress.onTrack ? 'success' : 'warning'}>
              {progress.onTrack ? t('dashboard.targets.onTrack') : t('dashboard.targets.offTrack')}
            </Tag>
          </>
        ) : (
          <Tag>{t('dashboard.targets.noProjection')}</Tag>
        )}
      </div>
    </Card>
  );
}

export function Targets() {
  const { t } = useTranslation();
  const locale = currentLanguage() === 'en' ? 'en-US' : 'zh-CN';
  const load = useCallback(() => statisticsApi.targets(), []);
  const [state] = useLoad<PlanPeriod[]>(load);
  if (state.kind === 'loading') return <Card loading />;
  if (state.kind !== 'loaded' || state.value.length === 0) return <Empty />;
  const english = currentLanguage() === 'en';
  return (
    <>
      {state.value.map((plan) => (
        <Card
          key={plan.code}
          className="statistics-plan"
          title={english ? plan.nameEn : plan.nameZh}
          extra={t('dashboard.targets.plan', { from: plan.startsOn, to: plan.endsOn })}
        >
          <Typography.Paragraph type="secondary">
            {t('dashboard.targets.source', { source: plan.source })}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {plan.targets.map((progress) => (
              <Col key={progress.indicator} xs={24} md={12} xl={8}>
                <TargetCard progress={progress} locale={locale} />
              </Col>
            ))}
          </Row>
        </Card>
      ))}
    </>
  );
}
