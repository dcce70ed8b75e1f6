// The header's account corner: who is signed in and for which organisation, with a menu (my account,
// members, audit trail where allowed, sign out); or, signed out, the way to sign in or register.
import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { lazy, Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { signInPath } from '../accounts/navigation';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';

const AccountDropdown = lazy(() =>
  import('./AccountDropdown').then((m) => ({ default: m.AccountDropdown })),
);

/** A plain click navigates client-side; modified clicks keep the link's own behaviour (new tab…). */
function clientSide(navigate: (to: string) => void, to: string) {
  return (event: MouseEvent) => {
    if (!event.metaKey && !event.ctrlKey && !event.shiftKey && event.button === 0) {
      event.preventDefault();
      navigate(to);
    }
  };
}

export function UserMenu() {
  const { t } = useTranslation();
  const { status, me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const go = (to: string) => void navigate(to);
  // Signing in from a page comes back to it; from home or the account pages it goes home.
  const here = `${location.pathname}${location.search}`;
  const signInTo =
    location.pathname === '/' || /^\/(sign-in|register|invitations)\b/.test(location.pathname)
      ? '/sign-in'
      : signInPath(here);

  if (status === 'restoring') {
    return (
      <span className="waibao-header-user" data-testid="header-session-restoring">
        <Spin size="small" aria-label={t('account.restoring')} />
      </span>
    );
  }

  if (me === null) {
    return (
      <>
        <Link to="/register" className="waibao-header-link" data-testid="nav-register">
          {t('account.register')}
        </Link>
        <Button
          type="primary"
          href={signInTo}
          data-testid="nav-signin"
          onClick={clientSide(go, signInTo)}
        >
          {t('account.signIn')}
        </Button>
      </>
    );
  }

  const trigger = (
    <Button
      type="text"
      className="waibao-header-button waibao-header-user"
      title={t('account.menuLabel')}
    >
      <UserOutlined />
      <span className="waibao-header-user-text">
        <span className="waibao-header-user-name" data-testid="header-user">
          {me.displayName}
        </span>
        <span className="waibao-header-organisation" data-testid="header-organisation">
          {localName(me.organisation, currentLanguage())}
        </span>
      </span>
      <DownOutlined className="waibao-header-caret" />
    </Button>
  );
  return (
    // The menu's code loads after the shell; until then the button shows who is signed in.
    <Suspense fallback={trigger}>
      <AccountDropdown
        me={me}
        onSignOut={() => {
          // Leave protected pages first, so that signing out does not bounce to the sign-in page.
          go('/');
          void signOut();
        }}
      >
        {trigger}
      </AccountDropdown>
    </Suspense>
  );
}
