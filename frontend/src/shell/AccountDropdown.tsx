// The signed-in user's menu in the header: my account, members, the audit trail where allowed, and
// sign out. Loaded after the shell, as only signed-in users need it.
import { AuditOutlined, LogoutOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
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
