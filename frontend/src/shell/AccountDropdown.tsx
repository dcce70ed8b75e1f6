// The signed-in user's menu in the header: my account, members, the audit trail where allowed, and
// sign out. Loaded after the shell, as only signed-in users need it.
import {
  AuditOutlined,
  BankOutlined,
  FileSearchOutlined,
  HomeOutlined,
  MoneyCollectOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Me } from '../accounts/types';
import { canReadAudit } from '../accounts/useSession';

export function AccountDropdown({
  me,
  onSignOut,
  children,
}: {
  me: Me;
  onSignOut: () => void;
  children: ReactElement;
}) {
  const { t } = useTranslation();
  const kind = me.organisation.kind;
  // What the organisation manages: its parks, its vendor profile, or (the authority) reviews.
  const managed: MenuProps['items'] = [
    ...(kind === 'PARK_OPERATOR'
      ? [
          {
            key: 'parks',
            icon: <BankOutlined />,
            label: (
              <Link to="/manage/parks" data-testid="header-my-parks">
                {t('account.myParks')}
              </Link>
            ),
          },
        ]
      : []),
    ...(kind === 'VENDOR'
      ? [
          {
            key: 'vendorProfile',
            icon: <ShopOutlined />,
            label: (
              <Link to="/manage/vendor-profile" data-testid="header-vendor-profile">
                {t('account.vendorProfile')}
              </Link>
            ),
          },
          {
            key: 'myLeases',
            icon: <HomeOutlined />,
            label: (
              <Link to="/my/leases" data-testid="header-my-leases">
                {t('tenancy.mine.title')}
              </Link>
            ),
          },
          {
            key: 'savedSearches',
            icon: <FileSearchOutlined />,
            label: (
              <Link to="/saved-searches" data-testid="header-saved-searches">
                {t('matching.savedSearches')}
              </Link>
            ),
          },
        ]
      : []),
    ...(kind === 'AUTHORITY'
      ? [
          {
            key: 'certifications',
            icon: <SafetyCertificateOutlined />,
            label: (
              <Link to="/authority/certifications" data-testid="header-verification-queue">
                {t('account.verificationQueue')}
              </Link>
            ),
          },
          {
            key: 'parkLevels',
            icon: <BankOutlined />,
            label: (
              <Link to="/authority/parks" data-testid="header-park-levels">
                {t('account.parkLevels')}
              </Link>
            ),
          },
        ]
      : []),
  ];
  // Subsidies: a vendor claims them; a park operator or the authority writes policies and pays.
  const subsidies: MenuProps['items'] = [
    kind === 'VENDOR'
      ? {
          key: 'subsidies',
          icon: <MoneyCollectOutlined />,
          label: (
            <Link to="/subsidies" data-testid="header-subsidies">
              {t('subsidies.menu')}
            </Link>
          ),
        }
      : kind === 'PARK_OPERATOR' || kind === 'AUTHORITY'
        ? {
            key: 'subsidies',
            icon: <MoneyCollectOutlined />,
            label: (
              <Link to="/manage/subsidies" data-testid="header-subsidies">
                {t('subsidies.manageMenu')}
              </Link>
            ),
          }
        : null,
  ].filter((item) => item !== null);
  const items: MenuProps['items'] = [
    {
      key: 'account',
      icon: <UserOutlined />,
      label: (
        <Link to="/account" data-testid="header-account">
          {t('account.myAccount')}
        </Link>
      ),
    },
    {
      key: 'members',
      icon: <TeamOutlined />,
      label: (
        <Link to="/organisation/members" data-testid="header-members">
          {t('account.members')}
        </Link>
      ),
    },
    ...(canReadAudit(me)
      ? [
          {
            key: 'audit',
            icon: <AuditOutlined />,
            label: (
              <Link to="/organisation/audit" data-testid="header-audit">
                {t('account.audit')}
              </Link>
            ),
          },
        ]
      : []),
    ...managed,
    ...subsidies,
    { type: 'divider' as const },
    {
      key: 'signOut',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="header-signout">{t('account.signOut')}</span>,
      onClick: onSignOut,
    },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      {children}
    </Dropdown>
  );
}
