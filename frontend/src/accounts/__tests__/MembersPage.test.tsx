import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { setAuthenticator } from '../../shared/api';
import { aMe, aSession, json, problem, renderWithApp } from '../../testing/render';
import { MembersPage } from '../MembersPage';
import { SessionStore } from '../session';
import { PROBLEM, type Me } from '../types';

const MEMBERS = [
  {
    id: 'u-1',
    email: 'li.lei@example.cn',
    displayName: '李雷',
    role: 'ORG_ADMIN',
    joinedAt: '2026-01-05T02:00:00Z',
  },
  {
    id: 'u-2',
    email: 'han.mei@example.cn',
    displayName: '韩梅梅',
    role: 'MEMBER',
    joinedAt: '2026-02-05T02:00:00Z',
  },
];

function signedIn(me: Me): SessionStore {
  const store = new SessionStore(window.localStorage);
  store.adopt(aSession({ user: me }));
  return store;
}

function stubBackend(routes: Record<string, (init?: RequestInit) => Response>) {
  const fetchStub = vi.fn((input: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${input}`;
    const route = routes[key];
    return route ? Promise.resolve(route(init)) : Promise.reject(new Error(`unexpected ${key}`));
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

describe('members page', () => {
  let store: SessionStore | undefined;

  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(() => {
    store?.dispose();
    setAuthenticator(null);
  });

  it('is read-only for a member', async () => {
    stubBackend({ 'GET /api/organisations/me/members': () => json(MEMBERS) });
    store = signedIn(aMe({ id: 'u-2', role: 'MEMBER' }));
    renderWithApp(<MembersPage />, { store });

    expect(await screen.findByText('han.mei@example.cn')).toBeTruthy();
    expect(screen.getByTestId('members-read-only')).toBeTruthy();
    expect(screen.queryByTestId('members-invite')).toBeNull();
    expect(screen.queryByTestId('member-role-u-1')).toBeNull();
    expect(screen.queryByTestId('member-remove-u-1')).toBeNull();
  });

  it('lets an admin invite and shows the link to hand over', async () => {
    const fetchStub = stubBackend({
      'GET /api/organisations/me/members': () => json(MEMBERS),
      'GET /api/organisations/me/invitations': () => json([]),
      'POST /api/organisations/me/invitations': () =>
        json(
          {
            id: 'i-1',
            email: 'new@example.cn',
            role: 'MEMBER',
            expiresAt: '2026-06-01T00:00:00Z',
            token: 'tok-123',
          },
          201,
        ),
    });
    store = signedIn(aMe());
    const user = userEvent.setup();
    renderWithApp(<MembersPage />, { store });

    // Admins change others' roles and remove others, never themselves.
    expect(await screen.findByTestId('member-role-u-2')).toBeTruthy();
    expect(screen.getByTestId('member-remove-u-2')).toBeTruthy();
    expect(screen.queryByTestId('member-role-u-1')).toBeNull();
    expect(screen.queryByTestId('member-remove-u-1')).toBeNull();

    await user.click(screen.getByTestId('members-invite'));
    await user.type(await screen.findByTestId('invite-email'), 'new@example.cn');
    await user.click(screen.getByTestId('invite-submit'));

    const link = await screen.findByTestId('invite-link');
    expect(link.textContent).toContain(`${window.location.origin}/invitations/tok-123`);
    const invite = fetchStub.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(invite[1]?.body))).toEqual({
      email: 'new@example.cn',
      role: 'MEMBER',
    });
  }, 20_000);

  it('explains a refusal to remove the last admin', async () => {
    stubBackend({
      'GET /api/organisations/me/members': () => json(MEMBERS),
      'GET /api/organisations/me/invitations': () => json([]),
      'DELETE /api/organisations/me/members/u-2': () => problem(409, PROBLEM.lastAdmin),
    });
    store = signedIn(aMe());
    const user = userEvent.setup();
    renderWithApp(<MembersPage />, { store });

    await user.click(await screen.findByTestId('member-remove-u-2'));
    const confirm = await screen.findByRole('tooltip');
    await user.click(within(confirm).getByRole('button', { name: /移\s?除/ }));

    await waitFor(() => expect(screen.getByText('组织至少需要保留一名管理员')).toBeTruthy());
  }, 20_000);
});
