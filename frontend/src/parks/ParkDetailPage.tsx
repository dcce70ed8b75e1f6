// A park for everyone: level and decision, capacity from its units, incentives, units, contact.
import './parks.css';
import { Alert, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { currentLanguage } from '../i18n';
import { capabilityName, nameOf, useReference } from '../reference/useReference';
import { ApplyForSpaceButton } from '../tenancy/ApplyForSpaceButton';
import { OccupancyCard } from '../tenancy/OccupancyCard';
import { parksApi } from './api';
import { CapacityCard } from './CapacityCard';
import { formatNumber } from './format';
import { IncentivesList } from './IncentivesList';
import { LevelTag } from './LevelTag';
import { UnitsTable } from './UnitsTable';
import { useLoad } from './useLoad';

export function ParkDetailPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const { id = '' } = useParams();
  const load = useCallback(() => parksApi.park(id), [id]);
  const [state] = useLoad(load);

  if (state.kind === 'loading') {
    return <Spin size="large" />;
  }
  if (state.kind === 'notFound') {
    return (
      <Result
        status="404"
        title={<span data-testid="page-title">{t('parks.notFound')}</span>}
        extra={<Link to="/parks">{t('parks.backToDirectory')}</Link>}
      />
    );
  }
  if (state.kind === 'failed') {
    return (
      <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
    );
  }
  const park = state.value;
  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {localName(park, language)}
      </Typography.Title>
      <Space wrap className="waibao-lead">
        <LevelTag level={park.level} />
        {park.levelDecisionNumber && (
          <Typography.Text type="secondary" data-testid="park-decision">
            {t('parks.decision', { number: park.levelDecisionNumber, date: park.levelDecidedOn })}
          </Typography.Text>
        )}
        {park.demo && <Tag>{t('common.demo')}</Tag>}
      </Space>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('parks.city')}>
            {nameOf(reference?.cities, park.city, language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('parks.address')}>{park.address}</Descriptions.Item>
          <Descriptions.Item label={t('parks.baseRent')}>
            {t('parks.rentValue', { rent: formatNumber(park.baseRent, language) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('parks.contact')}>
            {[park.contactName, park.contactPhone, park.contactEmail].filter(Boolean).join(' · ') ||
              t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('parks.focus')} span={2}>
            <Space size={[4, 4]} wrap>
              {park.focusCategories.map((code) => (
                <Tag key={code}>{capabilityName(reference, code, language)}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        {park.description && <Typography.Paragraph>{park.description}</Typography.Paragraph>}
      </Card>
      <CapacityCard park={park} />
      <Card title={t('parks.incentives')} className="waibao-card-gap">
        <IncentivesList incentives={park.incentives} />
      </Card>
      <Card title={t('parks.unitsTitle')} className="waibao-card-gap">
        <UnitsTable units={park.units} />
      </Card>
      <OccupancyCard parkId={park.id} extra={<ApplyForSpaceButton parkId={park.id} />} />
    </section>
  );
}
