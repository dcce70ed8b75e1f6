import { describe, expect, it, vi } from 'vitest';
import { ApiError, api, parseRetryAfter, setAuthenticator } from '../api';

function jsonResponse(body: unknown, status: number, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('api client', () => {
  it('turns a problem+json response into an ApiError carrying every problem field', async () => {
    const problem = {
      type: 'https://waibao.dev/problems/validation',
      title: 'Invalid tender',
      status: 422,
      detail: 'The tender has 2 invalid fields',
      instance: '/api/tenders',
      errors: [
        { field: 'title', message: 'must not be blank' },
        { name: 'bidDeadline', message: 'must be in the future' },
      ],
    };
    const fetchStub = vi.fn(() =>
      Promise.resolve(jsonResponse(problem, 422, 'application/problem+json')),
    );
    vi.stubGlobal('fetch', fetchStub);

    const error = await caught(api.post('/api/tenders', { title: '' }));

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.problem).toEqual(problem);
    expect(apiError.message).toBe('Invalid tender: The tender has 2 invalid fields');
    expect(apiError.isNetworkError).toBe(false);
  });

  it('sends JSON with an Accept header for JSON and problem+json', async () => {
    const fetchStub = vi.fn((_path: string, _init: RequestInit) =>
      Promise.resolve(jsonResponse({ id: 7 }, 201)),
    );
    vi.stubGlobal('fetch', fetchStub);

    const created = await api.post<{ id: number }>('/api/tenders', { title: '数据中心运维' });

    expect(created).toEqual({ id: 7 });
    const [path, init] = fetchStub.mock.calls[0]!;
    expect(path).toBe('/api/tenders');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"title":"数据中心运维"}');
    const headers = init.headers as Record<string, string>;
    expect(headers.Accept).toBe('application/json, application/problem+json');
    expect(headers['Content-Type']).toBe('application/json');
  });

  it('gives an error without a problem body a problem made from the status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
        ),
      ),
    );

    const error = (await caught(api.get('/api/parks'))) as ApiError;

    expect(error.problem).toEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
  });

  it('reports a failed connection as a network ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );

    const error = (await caught(api.get('/api/parks'))) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
    expect(error.problem.detail).toBe('Failed to fetch');
  });

  it('returns the body of an error status the caller accepts', async () => {
    const down = { status: 'DOWN', details: { db: { status: 'DOWN' } } };
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(jsonResponse(down, 503))),
    );

    await expect(api.get('/health', { acceptStatus: [503] })).resolves.toEqual(down);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-05-01T08:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Fri, 01 May 2026 08:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('carries Retry-After on the error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify({ type: 'urn:x', title: 'Slow down', status: 429 }), {
            status: 429,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
          }),
        ),
      ),
    );

    const error = (await caught(api.post('/api/auth/sign-in', {}))) as ApiError;

    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(30);
  });

  it('sends the session token unless told not to', async () => {
    const fetchStub = vi.fn((_path: string, _init: RequestInit) =>
      Promise.resolve(jsonResponse([], 200)),
    );
    vi.stubGlobal('fetch', fetchStub);
    setAuthenticator({ accessToken: () => 'token-1', renew: () => Promise.resolve(null) });
    try {
      await api.get('/api/organisations/me/members');
      await api.get('/api/reference/cities', { authenticate: false });
    } finally {
      setAuthenticator(null);
    }

    const headers = fetchStub.mock.calls.map(([, init]) => init.headers as Record<string, string>);
    expect(headers[0]!.Authorization).toBe('Bearer token-1');
    expect(headers[1]!.Authorization).toBeUndefined();
  });
});
