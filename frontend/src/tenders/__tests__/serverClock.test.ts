import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, noteServerDate, serverNow } from '../../shared/api';
import { hasPassed } from '../useServerNow';

describe("the server's clock", () => {
  afterEach(() => noteServerDate(new Date().toUTCString()));

  it("follows the server's Date header when the clocks differ by seconds or more", async () => {
    const ahead = new Date(Date.now() + 60_000).toUTCString();
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response('{}', { headers: { 'Content-Type': 'application/json', Date: ahead } }),
        ),
      ),
    );

    await api.get('/api/anything');

    const offset = serverNow() - Date.now();
    expect(offset).toBeGreaterThan(58_000);
    expect(offset).toBeLessThan(62_000);
  });

  it('does not learn from a response the browser may have cached', async () => {
    const hourOld = new Date(Date.now() - 3_600_000).toUTCString();
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response('[]', {
            headers: {
              'Content-Type': 'application/json',
              'Cache-Control': 'max-age=3600',
              Date: hourOld,
            },
          }),
        ),
      ),
    );

    await api.get('/api/reference/cities');

    expect(Math.abs(serverNow() - Date.now())).toBeLessThan(5);
  });

  it("ignores differences below the header's resolution", () => {
    noteServerDate(new Date(Date.now() + 900).toUTCString());
    expect(Math.abs(serverNow() - Date.now())).toBeLessThan(5);
  });

  it('keeps its estimate when a response has no usable Date', () => {
    noteServerDate(new Date(Date.now() - 120_000).toUTCString());
    noteServerDate(null);
    noteServerDate('yesterday-ish');
    expect(Date.now() - serverNow()).toBeGreaterThan(118_000);
  });

  it('judges deadlines by it', () => {
    noteServerDate(new Date(Date.now() + 120_000).toUTCString());
    const inOneMinute = new Date(Date.now() + 60_000).toISOString();
    expect(hasPassed(inOneMinute, serverNow())).toBe(true);
    expect(hasPassed(null, serverNow())).toBe(false);
  });
});
