import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { HealthBadge } from '../HealthBadge';

function healthResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function stubHealth(response: () => Promise<Response>) {
  const fetchStub = vi.fn(response);
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

async function badgeSettled() {
  const badge = screen.getByTestId('health-badge');
  await waitFor(() => expect(badge.dataset.status).not.toBe('loading'));
  return badge;
}

describe('health badge', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('shows UP with each component in its tooltip', async () => {
    const fetchStub = stubHealth(() =>
      Promise.resolve(
        healthResponse(
          { status: 'UP', details: { db: { status: 'UP' }, search: { status: 'UP' } } },
          200,
        ),
      ),
    );
    render(<HealthBadge />);

    const badge = await badgeSettled();

    expect(fetchStub).toHaveBeenCalledWith('/health', expect.anything());
    expect(badge.dataset.status).toBe('UP');
    expect(badge.textContent).toBe('运行正常');

    await userEvent.setup().hover(badge);
    expect((await screen.findByTestId('health-component-db')).textContent).toBe('数据库：运行正常');
    expect(screen.getByTestId('health-component-search').textContent).toBe('搜索：运行正常');
  });

  it('shows DOWN and which component failed when the backend answers 503', async () => {
    stubHealth(() =>
      Promise.resolve(
        healthResponse(
          { status: 'DOWN', details: { db: { status: 'UP' }, search: { status: 'DOWN' } } },
          503,
        ),
      ),
    );
    render(<HealthBadge />);

    const badge = await badgeSettled();

    expect(badge.dataset.status).toBe('DOWN');
    expect(badge.textContent).toBe('服务异常');

    await userEvent.setup().hover(badge);
    expect((await screen.findByTestId('health-component-search')).textContent).toBe(
      '搜索：服务异常',
    );
    expect(screen.getByTestId('health-component-db').textContent).toBe('数据库：运行正常');
  });

  it('shows the backend as unreachable when the request fails', async () => {
    stubHealth(() => Promise.reject(new TypeError('Failed to fetch')));
    render(<HealthBadge />);

    const badge = await badgeSettled();

    expect(badge.dataset.status).toBe('unreachable');
    expect(badge.textContent).toBe('无法连接');
  });

  it('does not take an HTML page for a health report', async () => {
    stubHealth(() =>
      Promise.resolve(
        new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    render(<HealthBadge />);

    expect((await badgeSettled()).dataset.status).toBe('unreachable');
  });

  it('speaks English after a language switch', async () => {
    stubHealth(() => Promise.resolve(healthResponse({ status: 'UP' }, 200)));
    await i18n.changeLanguage('en');
    render(<HealthBadge />);

    expect((await badgeSettled()).textContent).toBe('All systems up');
  });
});
