import { renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { setAuthenticator } from '../../shared/api';
import { json, renderWithApp } from '../../testing/render';
import { aVendor, callsTo, signedIn, stubBackend } from '../../tenders/__tests__/fixtures';
import { HeaderBell } from '../HeaderBell';
import { NotificationsPage } from '../NotificationsPage';
import type { Notification } from '../types';
import { useUnreadCount } from '../useUnreadCount';

const WON: Notification = {
  id: 'n-1',
  kind: 'BID_WON',
  tenderId: 't-1',
  payload: { title: '核心系统外包', contractId: 'c-1' },
  createdAt: '2026-11-27T10:00:00Z',
  readAt: null,
};
const ANSWERED: Notification = {
  id: 'n-2',
  kind: 'ANSWER_PUBLISHED',
  tenderId: 't-2',
  payload: { title: '呼叫中心外包' },
  createdAt: '2026-11-26T10:00:00Z',
  readAt: '2026-11-26T11:00:00Z',
};

describe('notifications', () => {
  let store: SessionStore | undefined;

  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(() => {
    store?.dispose();
    store = undefined;
    setAuthenticator(null);
  });

  it('shows no bell to someone signed out, and asks nothing', () => {
    const fetchStub = stubBackend({});
    renderWithApp(<HeaderBell />);

    expect(screen.queryByTestId('notifications-bell')).toBeNull();
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('counts the unread ones; opening one marks it read and goes to its tender', async () => {
    let unread = 1;
    const fetchStub = stubBackend({
      'GET /api/notifications/unread-count': () => json({ unread }),
      'GET /api/notifications': () => json([WON, ANSWERED]),
      'POST /api/notifications/n-1/read': () => {
        unread = 0;
        return new Response(null, { status: 204 });
      },
    });
    store = signedIn(aVendor());
    const user = userEvent.setup();
    renderWithApp(<HeaderBell />, { store, route: '/tenders' });

    await waitFor(() => expect(screen.getByTestId('notifications-unread').dataset.count).toBe('1'));
    await user.click(screen.getByTestId('notifications-bell'));
    const item = await screen.findByTestId('notification-n-1');
    expect(item.dataset.read).toBe('false');
    expect(item.textContent).toContain('恭喜！您在“核心系统外包”中标');
    expect(screen.getByTestId('notification-n-2').textContent).toContain(
      '招标“呼叫中心外包”发布了答疑',
    );

    await user.click(item.querySelector('[data-testid="notification-open"]') as Element);

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/tenders/t-1'));
    expect(callsTo(fetchStub, 'POST /api/notifications/n-1/read')).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId('notifications-unread').dataset.count).toBe('0'));
  }, 20_000);

  it('polls the unread count', async () => {
    let count = 0;
    const fetchStub = stubBackend({
      'GET /api/notifications/unread-count': () => json({ unread: ++count }),
    });

    const { result, unmount } = renderHook(() => useUnreadCount(40));

    await waitFor(() => expect(result.current.unread).toBeGreaterThanOrEqual(3));
    unmount();
    const calls = fetchStub.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(fetchStub.mock.calls.length).toBe(calls);
  });

  it('lists them all on their page, with the contract of a win', async () => {
    stubBackend({
      'GET /api/notifications': () => json([WON, ANSWERED]),
      'GET /api/notifications/unread-count': () => json({ unread: 1 }),
    });
    store = signedIn(aVendor());
    renderWithApp(<NotificationsPage />, { store, route: '/notifications' });

    expect((await screen.findByTestId('notification-n-1')).dataset.kind).toBe('BID_WON');
    expect(screen.getByTestId('notification-contract').getAttribute('href')).toBe('/contracts/c-1');
    expect(screen.getByTestId('notification-read-n-1')).toBeTruthy();
    expect(screen.queryByTestId('notification-read-n-2')).toBeNull();
  });
});
