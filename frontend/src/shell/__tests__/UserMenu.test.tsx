import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionStore } from '../../accounts/session';
import type { Me } from '../../accounts/types';
import i18n from '../../i18n';
import { setAuthenticator } from '../../shared/api';
import { aMe, aSession, renderWithApp } from '../../testing/render';
import { AppShell } from '../AppShell';

function signedIn(me: Me = aMe()): SessionStore {
  const store = new SessionStore(window.localStorage);
  store.adopt(aSession({ user: me }));
  return store;
}

/** Opens the account menu once its (lazily loaded) dropdown is in place. */
async function openAccountMenu(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() =>
    expect(screen.getByTestId('header-user').closest('.ant-dropdown-trigger')).not.toBeNull(),
  );
  await user.click(screen.getByTestId('header-user'));
}

describe('the header’s account corner', () => {
  let stores: SessionStore[] = [];

  beforeEach(async () => {
    // The shell's health badge calls the backend; here it simply never answers.
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => undefined)),
    );
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(async () => {
    stores.forEach((store) => store.dispose());
    stores = [];
    setAuthenticator(null);
    await i18n.changeLanguage('zh-CN');
  });

  function renderShell(store: SessionStore, route = '/') {
    stores.push(store);
    return renderWithApp(<AppShell />, { route, store });
  }

  it('shows who is signed in and the organisation in Chinese, then in English', async () => {
    renderShell(signedIn());

    expect(screen.getByTestId('header-user').textContent).toBe('李雷');
    expect(screen.getByTestId('header-organisation').textContent).toBe('哈尔滨云智软件有限公司');
    expect(screen.queryByTestId('nav-signin')).toBeNull();

    await userEvent.setup().click(screen.getByTestId('language-switch'));

    expect(screen.getByTestId('header-organisation').textContent).toBe(
      'Harbin Cloudwise Software Co., Ltd.',
    );
    expect(screen.getByTestId('header-user').textContent).toBe('李雷');
  });

  it('falls back to the Chinese name when the organisation has no English one', async () => {
    const me = aMe();
    renderShell(signedIn({ ...me, organisation: { ...me.organisation, nameEn: null } }));
    await i18n.changeLanguage('en');

    await waitFor(() => expect(screen.getByTestId('nav-tenders').textContent).toBe('Tenders'));
    expect(screen.getByTestId('header-organisation').textContent).toBe('哈尔滨云智软件有限公司');
  });

  it('offers sign-in and registration when nobody is signed in', () => {
    renderShell(new SessionStore(window.localStorage));

    expect(screen.getByTestId('nav-signin').textContent).toMatch(/^登\s?录$/);
    expect(screen.getByTestId('nav-register').getAttribute('href')).toBe('/register');
    expect(screen.queryByTestId('header-user')).toBeNull();
  });

  it('signs in from a page back to that page', () => {
    renderShell(new SessionStore(window.localStorage), '/tenders?q=ITO');

    expect(screen.getByTestId('nav-signin').getAttribute('href')).toBe(
      '/sign-in?returnTo=%2Ftenders%3Fq%3DITO',
    );
  });

  it('shows neither while a stored session is being restored', () => {
    window.localStorage.setItem('waibao.refreshToken', 'refresh-stored');
    renderShell(new SessionStore(window.localStorage));

    expect(screen.getByTestId('header-session-restoring')).toBeTruthy();
    expect(screen.queryByTestId('nav-signin')).toBeNull();
  });

  it('lists the audit trail for an admin and signs out from the menu', async () => {
    const user = userEvent.setup();
    const store = signedIn();
    const signOut = vi.spyOn(store, 'signOut').mockImplementation(() => {
      store.clear();
      return Promise.resolve();
    });
    renderShell(store, '/account');

    await openAccountMenu(user);
    expect(await screen.findByTestId('header-audit')).toBeTruthy();
    expect(screen.getByTestId('header-members')).toBeTruthy();
    await user.click(screen.getByTestId('header-signout'));

    expect(signOut).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByTestId('nav-signin')).toBeTruthy());
    expect(screen.getByTestId('location').textContent).toBe('/');
  });

  it('does not list the audit trail for a member', async () => {
    const user = userEvent.setup();
    renderShell(signedIn(aMe({ role: 'MEMBER' })));

    await openAccountMenu(user);

    expect(await screen.findByTestId('header-members')).toBeTruthy();
    expect(screen.queryByTestId('header-audit')).toBeNull();
  });
});
