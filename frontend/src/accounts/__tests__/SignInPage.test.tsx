import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { setAuthenticator } from '../../shared/api';
import { aSession, json, problem, renderWithApp } from '../../testing/render';
import { SignInPage } from '../SignInPage';
import { PROBLEM } from '../types';

function stubSignIn(answer: () => Response) {
  const fetchStub = vi.fn((input: string, _init?: RequestInit) =>
    input === '/api/auth/sign-in'
      ? Promise.resolve(answer())
      : Promise.reject(new Error(`unexpected ${input}`)),
  );
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

async function signIn(user: ReturnType<typeof userEvent.setup>, password = 'correct-horse-42') {
  await user.type(screen.getByTestId('signin-email'), 'li.lei@example.cn');
  await user.type(screen.getByTestId('signin-password'), password);
  await user.click(screen.getByTestId('signin-submit'));
}

describe('sign-in page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(async () => {
    setAuthenticator(null);
    await i18n.changeLanguage('zh-CN');
  });

  it('signs in and returns to the page that asked for it', async () => {
    const fetchStub = stubSignIn(() => json(aSession()));
    const user = userEvent.setup();
    const { store } = renderWithApp(<SignInPage />, {
      route: '/sign-in?returnTo=%2Forganisation%2Fmembers',
    });

    await signIn(user);

    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/organisation/members'),
    );
    expect(JSON.parse(String(fetchStub.mock.calls[0]![1]?.body))).toEqual({
      email: 'li.lei@example.cn',
      password: 'correct-horse-42',
    });
    expect(store.getSnapshot().me?.displayName).toBe('李雷');
  });

  it('does not follow a returnTo that leaves the site', async () => {
    stubSignIn(() => json(aSession()));
    const user = userEvent.setup();
    renderWithApp(<SignInPage />, { route: '/sign-in?returnTo=https%3A%2F%2Fevil.example' });

    await signIn(user);

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
  });

  it('says the email or password is wrong on 401', async () => {
    stubSignIn(() => problem(401, PROBLEM.invalidCredentials));
    const user = userEvent.setup();
    renderWithApp(<SignInPage />, { route: '/sign-in' });

    await signIn(user, 'wrong-password-1');

    expect((await screen.findByTestId('signin-error')).textContent).toContain('邮箱或密码不正确');
    expect(screen.getByTestId('location').textContent).toBe('/sign-in');
  });

  it('says how long to wait on 429, in English too', async () => {
    stubSignIn(() => problem(429, PROBLEM.tooManyAttempts, {}, { 'Retry-After': '42' }));
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    renderWithApp(<SignInPage />, { route: '/sign-in' });

    await signIn(user);

    expect((await screen.findByTestId('signin-error')).textContent).toMatch(
      /Too many attempts; try again in 4[12] s/,
    );
    expect(screen.getByTestId('signin-submit').hasAttribute('disabled')).toBe(true);
  });
});
