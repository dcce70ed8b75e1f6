import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { setAuthenticator } from '../../shared/api';
import { aMe, aSession, json, renderWithApp } from '../../testing/render';
import { AuditPage } from '../AuditPage';
import { SessionStore } from '../session';
import type { Me } from '../types';

const PAGE = {
  items: [
    {
      id: 'a-1',
      occurredAt: '2026-03-01T08:30:00Z',
      actorUserId: 'u-1',
      actorEmail: 'li.lei@example.cn',
      action: 'MEMBER_ROLE_CHANGED',
      entityType: 'User',
      entityId: 'u-2',
      before: { role: 'MEMBER' },
      after: { role: 'ORG_ADMIN' },
      requestId: 'req-7',
    },
  ],
  page: 1,
  size: 20,
  total: 21,
};

describe('audit page', () => {
  let store: SessionStore;

  function renderAs(me: Me, route = '/organisation/audit') {
    store = new SessionStore(window.localStorage);
    store.adopt(aSession({ user: me }));
    return renderWithApp(<AuditPage />, { store, route });
  }

  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(() => {
    store.dispose();
    setAuthenticator(null);
  });

  it('pages through events and shows before/after as JSON', async () => {
    const fetchStub = vi.fn((_input: string, _init?: RequestInit) => Promise.resolve(json(PAGE)));
    vi.stubGlobal('fetch', fetchStub);
    const user = userEvent.setup();
    renderAs(aMe(), '/organisation/audit?page=1');

    expect(await screen.findByText('MEMBER_ROLE_CHANGED')).toBeTruthy();
    expect(fetchStub.mock.calls[0]![0]).toBe('/api/audit-events?page=1&size=20');
    expect(screen.getByText('共 21 条')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /展开行|expand/i }));

    const blocks = [...document.querySelectorAll('pre.waibao-json')].map((e) => e.textContent);
    expect(blocks).toEqual([
      JSON.stringify({ role: 'MEMBER' }, null, 2),
      JSON.stringify({ role: 'ORG_ADMIN' }, null, 2),
    ]);
  });

  it('tells a member they may not read it, without asking the server', () => {
    const fetchStub = vi.fn(() => Promise.resolve(json(PAGE)));
    vi.stubGlobal('fetch', fetchStub);
    renderAs(aMe({ role: 'MEMBER' }));

    expect(screen.getByText('只有组织管理员和主管部门可以查看审计日志。')).toBeTruthy();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});
