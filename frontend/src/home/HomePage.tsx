// The landing page: what the marketplace is, the way into each section, and the policy's targets.
import {
  BankOutlined,
  FileSearchOutlined,
  LineChartOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../accounts/useSession';
import { RecommendedTenders } from '../matching/RecommendedTenders';
import { SECTIONS, type Section } from '../shell/AppShell';

const SECTION_ICONS: Record<Section, ReactNode> = {
  tenders: <FileSearchOutlined />,
  vendors: <TeamOutlined />,
  parks: <BankOutlined />,
  statistics: <LineChartOutlined />,
};

// The plan period's targets, from the provincial policy the platform implements.
const POLICY_TARGETS = [
  { key: 'firms', value: 20, suffix: '+' },
  { key: 'revenue', value: 300, suffix: '' },
  { key: 'employment', value: 150_000, suffix: '' },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <section className="waibao-page">
      <div className="waibao-hero">
        <Typography.Title level={2} data-testid="page-title">
          {t('home.title')}
        </Typography.Title>
        <Typography.Paragraph className="waibao-lead">{t('home.intro')}</Typography.Paragraph>
      </div>

      {me?.organisation.kind === 'VENDOR' && <RecommendedTenders />}

      <Typography.Title level={4}>{t('home.sectionsTitle')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {SECTIONS.map((section) => (
          <Col key={section} xs={24} sm={12} lg={6}>
            <Card
              className="waibao-section-card"
              title={
                <span className="waibao-section-card-title">
                  {SECTION_ICONS[section]}
                  {t(`nav.${section}`)}
                </span>
              }
              extra={<Link to={`/${section}`}>{t('home.open')}</Link>}
            >
              <Typography.Paragraph type="secondary">
                {t(`home.sections.${section}`)}
              </Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>

      <Typography.Title level={4} className="waibao-targets-title">
        {t('home.targetsTitle')}
      </Typography.Title>
      <Card>
        <Row gutter={[16, 16]}>
          {POLICY_TARGETS.map((target) => (
            <Col key={target.key} xs={24} sm={8}>
              <Statistic
                title={t(`home.targets.${target.key}`)}
                value={target.value}
                suffix={target.suffix}
              />
            </Col>
          ))}
        </Row>
      </Card>
    </section>
  );
}
