// A park's capacity at a glance: leasable, divided into units, available area and seats.
import { Card, Col, Progress, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { availableShare, formatNumber } from './format';
import type { ParkDetail } from './types';

export function CapacityCard({ park }: { park: ParkDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const area = (value: number) => `${formatNumber(value, language)} m²`;
  return (
    <Card title={t('parks.capacity')} className="waibao-card-gap">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('parks.totalArea')} value={area(park.totalArea)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('parks.leasableArea')} value={area(park.leasableArea)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('parks.availableArea')}
            value={area(park.capacity.availableArea)}
            valueRender={(node) => <span data-testid="capacity-available-area">{node}</span>}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('parks.availableSeats')}
            value={park.capacity.availableSeats}
            valueRender={(node) => <span data-testid="capacity-available-seats">{node}</span>}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('parks.seats')} value={park.seats} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('parks.unitArea')} value={area(park.capacity.unitArea)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('parks.undividedArea')}
            value={area(park.capacity.undividedArea)}
            valueRender={(node) => <span data-testid="capacity-undivided-area">{node}</span>}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('parks.units')}
            value={t('parks.unitsValue', {
              available: park.capacity.availableUnits,
              total: park.capacity.unitCount,
            })}
          />
        </Col>
      </Row>
      <Progress
        percent={availableShare(park.capacity.availableArea, park.leasableArea)}
        format={(percent) => t('parks.availableShare', { percent })}
      />
    </Card>
  );
}
