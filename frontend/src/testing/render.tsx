// Renders a piece of the app the way main.tsx does (locale, router, session), for component tests.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { SessionStore } from '../accounts/session';
import { SessionProvider } from '../accounts/SessionProvider';
import type { Me, Session } from '../accounts/types';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { setAuthenticator } from '../shared/api';

/** Shows the router's current location, so tests can assert navigation. */
function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location" hidden>
      {`${location.pathname}${location.search}`}
    </output>
  );
}

export interface AppRenderOptions {
  route?: string;
  /** Route pattern the element is mounted at (default: every path). */
  path?: string;
  store?: SessionStore;
}

export function renderWithApp(element: ReactElement, options: AppRenderOptions = {}) {
  const store = options.store ?? new SessionStore(window.localStorage);
  setAuthenticator(store);
  const result = render(
    <LocaleProvider>
      <MemoryRouter initialEntries={[options.route ?? '/']}>
        <SessionProvider store={store}>
          <Routes>
            <Route path={options.path ?? '*'} element={element} />
          </Routes>
          <LocationProbe />
        </SessionProvider>
      </MemoryRouter>
    </LocaleProvider>,
  );
  return { ...result, store };
}

export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: 'u-1',
    email: 'li.lei@example.cn',
    displayName: '李雷',
    role: 'ORG_ADMIN',
    organisation: {
      id: 'o-1',
      kind: 'VENDOR',
      nameZh: '哈尔滨云智软件有限公司',
      nameEn: 'Harbin Cloudwise Software Co., Ltd.',
      creditCode: '91230100MA1B2C3D49',
      city: 'harbin',
    },
    ...overrides,
  };
}

export function aSession(overrides: Partial<Session> = {}, now = Date.now()): Session {
  return {
    accessToken: 'access-1',
    accessTokenExpiresAt: new Date(now + 15 * 60_000).toISOString(),
    refreshToken: 'refresh-1',
    refreshTokenExpiresAt: new Date(now + 30 * 86_400_000).toISOString(),
    user: aMe(),
    ...overrides,
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  type: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type, title: type, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** The request's Authorization header as the client sent it. */
export function authorization(init: RequestInit | undefined): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.Authorization;
}
