// Entry point: i18n first (it sets <html lang>), then the session (restored from its refresh token
// while the shell renders), the router and Ant Design's locale around the app.
import './i18n';
import './shell/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { SessionStore } from './accounts/session';
import { SessionProvider } from './accounts/SessionProvider';
import { LocaleProvider } from './i18n/LocaleProvider';
import { setAuthenticator } from './shared/api';
import { AppRoutes } from './shell/routes';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html has no #root element');
}

const session = new SessionStore();
setAuthenticator(session);
session.listenToOtherTabs();
void session.restore();

createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <BrowserRouter>
        <SessionProvider store={session}>
          <AppRoutes />
        </SessionProvider>
      </BrowserRouter>
    </LocaleProvider>
  </StrictMode>,
);
