// The frame around every page: header with brand, main navigation, health, language and who is
// signed in.
import { Layout, Menu, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { HeaderBell } from '../notifications/HeaderBell';
import { HealthBadge } from './HealthBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

export const SECTIONS = ['tenders', 'vendors', 'parks', 'statistics'] as const;
export type Section = (typeof SECTIONS)[number];

function selectedSection(pathname: string): string[] {
  const first = pathname.split('/')[1] ?? '';
  return (SECTIONS as readonly string[]).includes(first) ? [first] : [];
}

export function AppShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  const items: MenuProps['items'] = SECTIONS.map((section) => ({
    key: section,
    label: (
      <Link to={`/${section}`} data-testid={`nav-${section}`}>
        {t(`nav.${section}`)}
      </Link>
    ),
  }));

  return (
    <Layout className="waibao-layout">
      <Layout.Header className="waibao-header">
        <Link to="/" className="waibao-brand" data-testid="nav-home" title={t('nav.home')}>
          <img className="waibao-brand-mark" src="/favicon.svg" alt="" width={32} height={32} />
          <span className="waibao-brand-name">{t('app.name')}</span>
        </Link>
        <nav className="waibao-nav" aria-label={t('nav.label')}>
          <Menu
            theme="dark"
            mode="horizontal"
            items={items}
            selectedKeys={selectedSection(pathname)}
          />
        </nav>
        <div className="waibao-header-actions">
          <HealthBadge />
          <LanguageSwitch />
          <HeaderBell />
          <UserMenu />
        </div>
      </Layout.Header>
      <Layout.Content className="waibao-content">
        <Suspense
          fallback={
            <Spin description={t('app.loading')} size="large">
              <div className="waibao-loading" />
            </Spin>
          }
        >
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="waibao-footer">
        <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
