import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setAuthenticator } from '../../shared/api';
import { aMe, aSession, authorization, json, problem } from '../../testing/render';
import { PROACTIVE_REFRESH_MS, REFRESH_TOKEN_KEY, SessionStore } from '../session';
import { PROBLEM } from '../types';

type FetchArgs = [input: string, init?: RequestInit];

function requestsTo(fetchStub: { mock: { calls: FetchArgs[] } }, path: string) {
  return fetchStub.mock.calls.filter(([input]) => input === path);
}

function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(String(init?.body));
}

/** A promise and the function that settles it, to hold a response back until the test says. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('session store with the API client', () => {
  let store: SessionStore;

  beforeEach(() => {
    store = new SessionStore(window.localStorage);
    setAuthenticator(store);
  });

  afterEach(() => {
    store.dispose();
    setAuthenticator(null);
    vi.useRealTimers();
  });

  it('sends the access token as a bearer token and keeps only the refresh token in storage', async () => {
    const fetchStub = vi.fn((..._args: FetchArgs) => Promise.resolve(json(aMe())));
    vi.stubGlobal('fetch', fetchStub);
    store.adopt(aSession({ accessToken: 'access-1', refreshToken: 'refresh-1' }));

    await api.get('/api/me');

    expect(authorization(fetchStub.mock.calls[0]![1])).toBe('Bearer access-1');
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('access-1');
  });

  it('refreshes once for two concurrent 401s, then retries both with the new token', async () => {
    const refreshAnswer = deferred<Response>();
    const fetchStub = vi.fn((input: string, init?: RequestInit) => {
      if (input === '/api/auth/refresh') return refreshAnswer.promise;
      if (authorization(init) === 'Bearer access-2') {
        return Promise.resolve(json(input === '/api/me' ? aMe() : []));
      }
      return Promise.resolve(problem(401, 'about:blank'));
    });
    vi.stubGlobal('fetch', fetchStub);
    store.adopt(aSession({ accessToken: 'access-1', refreshToken: 'refresh-1' }));

    const me = api.get('/api/me');
    const members = api.get('/api/organisations/me/members');
    // Both calls have had their 401 and wait for the one refresh.
    await vi.waitFor(() => expect(requestsTo(fetchStub, '/api/auth/refresh')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    refreshAnswer.resolve(json(aSession({ accessToken: 'access-2', refreshToken: 'refresh-2' })));

    await expect(me).resolves.toEqual(aMe());
    await expect(members).resolves.toEqual([]);
    const refreshes = requestsTo(fetchStub, '/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(bodyOf(refreshes[0]![1])).toEqual({ refreshToken: 'refresh-1' });
    for (const path of ['/api/me', '/api/organisations/me/members']) {
      expect(requestsTo(fetchStub, path).map(([, init]) => authorization(init))).toEqual([
        'Bearer access-1',
        'Bearer access-2',
      ]);
    }
    // The refresh token rotates: the new one replaces the old.
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('retries only once: a second 401 is the answer', async () => {
    const fetchStub = vi.fn((input: string) =>
      Promise.resolve(
        input === '/api/auth/refresh'
          ? json(aSession({ accessToken: 'access-2', refreshToken: 'refresh-2' }))
          : problem(401, 'about:blank'),
      ),
    );
    vi.stubGlobal('fetch', fetchStub);
    store.adopt(aSession());

    await expect(api.get('/api/me')).rejects.toMatchObject({ status: 401 });
    expect(requestsTo(fetchStub, '/api/me')).toHaveLength(2);
    expect(requestsTo(fetchStub, '/api/auth/refresh')).toHaveLength(1);
  });

  it('ends the session and reports it when the refresh is refused', async () => {
    const fetchStub = vi.fn((input: string) =>
      Promise.resolve(
        input === '/api/auth/refresh'
          ? problem(401, PROBLEM.invalidRefreshToken)
          : problem(401, 'about:blank'),
      ),
    );
    vi.stubGlobal('fetch', fetchStub);
    store.adopt(aSession());
    const expired = vi.fn();
    store.onExpired(expired);

    const error = await api.get('/api/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', me: null });
    expect(store.accessToken()).toBeNull();
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('does not refresh on a 401 from sign-in (wrong password)', async () => {
    const fetchStub = vi.fn((..._args: FetchArgs) =>
      Promise.resolve(problem(401, PROBLEM.invalidCredentials)),
    );
    vi.stubGlobal('fetch', fetchStub);
    window.localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-old');

    await expect(store.signIn('a@example.cn', 'wrong-password-1')).rejects.toMatchObject({
      status: 401,
      problem: { type: PROBLEM.invalidCredentials },
    });
    expect(requestsTo(fetchStub, '/api/auth/refresh')).toHaveLength(0);
  });

  it('restores the session at start from a stored refresh token', async () => {
    window.localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-stored');
    const restoring = new SessionStore(window.localStorage);
    setAuthenticator(restoring);
    const fetchStub = vi.fn((..._args: FetchArgs) =>
      Promise.resolve(json(aSession({ accessToken: 'access-9', refreshToken: 'refresh-10' }))),
    );
    vi.stubGlobal('fetch', fetchStub);
    expect(restoring.getSnapshot().status).toBe('restoring');

    await restoring.restore();

    expect(bodyOf(fetchStub.mock.calls[0]![1])).toEqual({ refreshToken: 'refresh-stored' });
    expect(restoring.getSnapshot()).toEqual({ status: 'signedIn', me: aMe() });
    expect(restoring.accessToken()).toBe('access-9');
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-10');
    restoring.dispose();
  });

  it('forgets a stored refresh token the backend refuses, without reporting an expiry', async () => {
    window.localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-revoked');
    const restoring = new SessionStore(window.localStorage);
    const expired = vi.fn();
    restoring.onExpired(expired);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(problem(401, PROBLEM.invalidRefreshToken))),
    );

    await restoring.restore();

    expect(restoring.getSnapshot().status).toBe('signedOut');
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(expired).not.toHaveBeenCalled();
    restoring.dispose();
  });

  it('keeps the refresh token when the backend is unreachable at start', async () => {
    window.localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-stored');
    const restoring = new SessionStore(window.localStorage);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );

    await restoring.restore();

    expect(restoring.getSnapshot().status).toBe('signedOut');
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-stored');
    restoring.dispose();
  });

  it('refreshes about 30 s before the access token expires', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const now = Date.now();
    const fetchStub = vi.fn((..._args: FetchArgs) =>
      Promise.resolve(json(aSession({ accessToken: 'access-2', refreshToken: 'refresh-2' }))),
    );
    vi.stubGlobal('fetch', fetchStub);
    store.adopt(aSession({ accessTokenExpiresAt: new Date(now + 5 * 60_000).toISOString() }, now));

    await vi.advanceTimersByTimeAsync(5 * 60_000 - PROACTIVE_REFRESH_MS - 1_000);
    expect(fetchStub).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);

    expect(requestsTo(fetchStub, '/api/auth/refresh')).toHaveLength(1);
    expect(store.accessToken()).toBe('access-2');
  });

  it('signs out: revokes the refresh token and forgets the session', async () => {
    const fetchStub = vi.fn((..._args: FetchArgs) =>
      Promise.resolve(new Response(null, { status: 204 })),
    );
    vi.stubGlobal('fetch', fetchStub);
    store.adopt(aSession({ refreshToken: 'refresh-1' }));
    const expired = vi.fn();
    store.onExpired(expired);

    await store.signOut();

    const [path, init] = fetchStub.mock.calls[0]!;
    expect(path).toBe('/api/auth/sign-out');
    expect(bodyOf(init)).toEqual({ refreshToken: 'refresh-1' });
    expect(store.getSnapshot().status).toBe('signedOut');
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(expired).not.toHaveBeenCalled();
  });

  it('adopts the new session after a password change', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(json(aSession({ accessToken: 'access-3', refreshToken: 'refresh-3' }))),
      ),
    );
    store.adopt(aSession());

    await store.changePassword('old-password-1', 'new-password-2');

    expect(store.accessToken()).toBe('access-3');
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-3');
  });

  it('revokes the previous session when registering while signed in', async () => {
    const fetchStub = vi.fn((input: string, _init?: RequestInit) =>
      Promise.resolve(
        input === '/api/auth/sign-out'
          ? new Response(null, { status: 204 })
          : json(aSession({ accessToken: 'access-new', refreshToken: 'refresh-new' }), 201),
      ),
    );
    vi.stubGlobal('fetch', fetchStub);
    store.adopt(aSession({ accessToken: 'access-old', refreshToken: 'refresh-old' }));

    await store.register({
      organisation: {
        kind: 'CLIENT',
        nameZh: '龙江银行',
        creditCode: '91110000600037341L',
        city: 'harbin',
      },
      user: { email: 'new@example.cn', password: 'correct-horse-42', displayName: '王五' },
    });

    const signOut = requestsTo(fetchStub, '/api/auth/sign-out');
    expect(signOut).toHaveLength(1);
    expect(bodyOf(signOut[0]![1])).toEqual({ refreshToken: 'refresh-old' });
    expect(authorization(signOut[0]![1])).toBe('Bearer access-old');
    expect(store.accessToken()).toBe('access-new');
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-new');
  });

  it('follows a sign-out in another tab', () => {
    store.adopt(aSession());
    const stop = store.listenToOtherTabs();

    window.localStorage.removeItem(REFRESH_TOKEN_KEY);
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: REFRESH_TOKEN_KEY,
        oldValue: 'refresh-1',
        newValue: null,
      }),
    );

    expect(store.getSnapshot().status).toBe('signedOut');
    expect(store.accessToken()).toBeNull();
    stop();
  });
});
