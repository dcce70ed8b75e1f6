// Guards the routes below it: while the session is being restored it waits, and when nobody is
// signed in it sends the visitor to sign in, to come back here afterwards.
import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { signInPath } from './navigation';
import { useSession } from './useSession';

export function RequireSession() {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') {
    return (
      <Spin description={t('common.checking')} size="large">
        <div className="waibao-loading" data-testid="session-restoring" />
      </Spin>
    );
  }
  if (status === 'signedOut') {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  return <Outlet />;
}
