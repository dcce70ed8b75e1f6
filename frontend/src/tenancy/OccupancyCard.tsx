// A park's occupancy for everyone: area and seats leased today, the monthly chart and the names of
// the current tenants (public; rents and terms are not).
import { Alert, Card, Col, Empty, List, Row, Spin, Statistic, Typography } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../parks/format';
import { useLoad } from '../parks/useLoad';
import { tenancyApi } from './api';
import { OccupancyChart } from './OccupancyChart';

export function OccupancyCard({ parkId, extra }: { parkId: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const load = useCallback(() => tenancyApi.occupancy(parkId), [parkId]);
  const [state] = useLoad(load);
  return (
    <Card
      title={t('tenancy.occupancy.title')}
      className="waibao-card-gap"
      extra={extra}
      data-testid="occupancy"
    >
      {state.kind === 'loading' && <Spin />}
      {state.kind === 'failed' && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
      )}
      {state.kind === 'loaded' && (
        <>
          <Row gutter={24}>
            <Col xs={12} md={6}>
              <Statistic
                title={t('tenancy.occupancy.leasedArea')}
                value={formatNumber(state.value.current.area, language)}
                suffix="m²"
                data-testid="occupancy-area"
              />
              <Typography.Text type="secondary">
                {t('tenancy.occupancy.ofLeasable', {
                  area: formatNumber(state.value.leasableArea, language),
                })}
              </Typography.Text>
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('tenancy.occupancy.leasedSeats')}
                value={state.value.current.seats}
                data-testid="occupancy-seats"
              />
              <Typography.Text type="secondary">
                {t('tenancy.occupancy.ofSeats', { seats: state.value.seats })}
              </Typography.Text>
            </Col>
          </Row>
          <OccupancyChart
            months={state.value.months}
            leasableArea={state.value.leasableArea}
            today={state.value.current.date}
          />
          <Typography.Title level={5}>{t('tenancy.occupancy.tenants')}</Typography.Title>
          {state.value.tenants.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('tenancy.occupancy.noTenants')}
            />
          ) : (
            <List
              size="small"
              data-testid="occupancy-tenants"
              dataSource={state.value.tenants}
              renderItem={(tenant) => (
                <List.Item key={tenant.organisationId}>
                  <Link to={`/vendors/${tenant.organisationId}`}>
                    {localName(tenant, language)}
                  </Link>
                </List.Item>
              )}
            />
          )}
          <Typography.Paragraph type="secondary" className="waibao-card-gap">
            {t('tenancy.occupancy.publicNote')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
