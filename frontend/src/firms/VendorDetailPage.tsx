// A vendor's public profile: capabilities with experience, verified and unexpired certifications
// only, size tier, city and park, markets, languages, case studies, and its average rating.
import '../parks/parks.css';
import {
  Alert,
  Card,
  Descriptions,
  Empty,
  List,
  Result,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { currentLanguage } from '../i18n';
import { useLoad } from '../parks/useLoad';
import { capabilityName, nameOf, useReference } from '../reference/useReference';
import { firmsApi } from './api';
import { certificationLabel, languageName } from './CertificationLabel';
import type { PublicCertification } from './types';
import { vendorName } from './VendorsPage';

export function VendorDetailPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const { id = '' } = useParams();
  const load = useCallback(() => firmsApi.vendor(id), [id]);
  const [state] = useLoad(load);

  if (state.kind === 'loading') return <Spin size="large" />;
  if (state.kind === 'notFound') {
    return (
      <Result
        status="404"
        title={<span data-testid="page-title">{t('firms.notFound')}</span>}
        extra={<Link to="/vendors">{t('firms.backToDirectory')}</Link>}
      />
    );
  }
  if (state.kind === 'failed') {
    return (
      <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
    );
  }
  const vendor = state.value;
  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {vendorName(vendor, language)}
      </Typography.Title>
      <Space wrap className="waibao-lead">
        <Tag
          color={vendor.sizeTier === 'SMALL' ? 'default' : 'green'}
          data-testid="vendor-size-tier"
        >
          {t(`firms.sizeTier.${vendor.sizeTier}`)}
        </Tag>
        {vendor.demo && <Tag>{t('common.demo')}</Tag>}
      </Space>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('firms.creditCode')}>{vendor.creditCode}</Descriptions.Item>
          <Descriptions.Item label={t('firms.city')}>
            {nameOf(reference?.cities, vendor.city, language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('firms.park')}>
            {vendor.park ? (
              <Link to={`/parks/${vendor.park.id}`}>{localName(vendor.park, language)}</Link>
            ) : (
              t('common.none')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('firms.headcount')}>
            {t('firms.headcountValue', { headcount: vendor.headcount })}
          </Descriptions.Item>
          <Descriptions.Item label={t('firms.foundedYear')}>
            {vendor.foundedYear ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('firms.revenueBandTitle')}>
            {vendor.revenueBand ? t(`firms.revenueBand.${vendor.revenueBand}`) : t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('firms.languages')}>
            {vendor.languages
              .map((code) => languageName(t, code))
              .join(language === 'en' ? ', ' : '、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('firms.markets')}>
            <Space size={[4, 4]} wrap>
              {vendor.markets.map((market) => (
                <Tag key={market}>{t(`firms.market.${market}`)}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('firms.rating')}>
            <span data-testid="vendor-rating">{vendor.rating ?? t('firms.noRating')}</span>
          </Descriptions.Item>
        </Descriptions>
        {vendor.description && <Typography.Paragraph>{vendor.description}</Typography.Paragraph>}
      </Card>
      <Card title={t('firms.capabilities')} className="waibao-card-gap">
        <Space size={[8, 8]} wrap>
          {vendor.capabilities.map((capability) => (
            <Tag key={capability.code} color="geekblue">
              {capabilityName(reference, capability.code, language)} ·{' '}
              {t('firms.years', { years: capability.yearsOfExperience })}
            </Tag>
          ))}
        </Space>
      </Card>
      <Card title={t('firms.verifiedCertifications')} className="waibao-card-gap">
        <Table<PublicCertification>
          data-testid="vendor-certifications"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={vendor.certifications}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('firms.noCertifications')}
              />
            ),
          }}
          columns={[
            {
              key: 'type',
              title: t('firms.certification'),
              render: (_v, c) => certificationLabel(t, c),
            },
            { key: 'number', title: t('firms.certificateNumber'), dataIndex: 'certificateNumber' },
            { key: 'issuer', title: t('firms.issuer'), dataIndex: 'issuer', responsive: ['md'] },
            { key: 'expires', title: t('firms.expiresOn'), dataIndex: 'expiresOn' },
          ]}
        />
      </Card>
      <Card title={t('firms.caseStudies')} className="waibao-card-gap">
        <List
          dataSource={vendor.caseStudies}
          locale={{ emptyText: t('common.none') }}
          renderItem={(study) => (
            <List.Item>
              <List.Item.Meta
                title={study.title}
                description={`${nameOf(reference?.industries, study.clientIndustry, language)} · ${study.year} · ${t(`firms.valueBand.${study.valueBand}`)}`}
              />
            </List.Item>
          )}
        />
      </Card>
    </section>
  );
}
