// The one HTTP client for the backend: JSON in and out, and every error as an ApiError carrying the
// server's RFC 9457 problem details (or details synthesised from the status when the body is not one).
// When an Authenticator is installed (the accounts feature's session), calls carry its bearer token,
// and a 401 from a non-auth endpoint renews the session once and retries.

/** One invalid input, as listed by the backend's validation problems. */
export interface FieldError {
  /** The request field at fault (the backend may call it `field` or `name`). */
  field?: string;
  name?: string;
  message: string;
}

/** The body of an `application/problem+json` response; shared by every feature. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** Status used for failures where no HTTP response arrived at all (offline, DNS, refused, aborted). */
export const NETWORK_ERROR_STATUS = 0;

export interface ApiErrorOptions {
  cause?: unknown;
  /** From a `Retry-After` header (429, 503): how many seconds to wait before trying again. */
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  readonly problem: ProblemDetails;
  /** The parsed response body when it was JSON but not a problem, for callers that expect one. */
  readonly body: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: ProblemDetails, body?: unknown, options: ApiErrorOptions = {}) {
    const { retryAfterSeconds, ...errorOptions } = options;
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, errorOptions);
    this.name = 'ApiError';
    this.problem = problem;
    this.body = body;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }

  get isNetworkError(): boolean {
    return this.problem.status === NETWORK_ERROR_STATUS;
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** Serialised as JSON, except FormData (file uploads), which is sent as multipart as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Error statuses whose JSON body is still the answer rather than a failure, e.g. 503 from the
   * health endpoint, whose body reports which component is down.
   */
  acceptStatus?: readonly number[];
  /** False sends the call without the session's bearer token and never renews the session. */
  authenticate?: boolean;
  /** Answer a successful response's body as a Blob (file downloads) instead of JSON. */
  blob?: boolean;
}

/** What the client needs from whoever keeps the signed-in session. */
export interface Authenticator {
  /** The access token to send as `Authorization: Bearer`, or null when there is none. */
  accessToken(): string | null;
  /**
   * Called after a 401 to a call that carried `used` (null: no token). Resolves to the access token to
   * retry with, or null when the session cannot be renewed (it is then over).
   */
  renew(used: string | null): Promise<string | null>;
}

let authenticator: Authenticator | null = null;

// How far the server's clock runs ahead of this browser's (ms), learnt from the `Date` header of
// its answers. The header has one-second resolution, so an offset under 2 s is taken as none.
let serverClockOffset = 0;

/** The server's current time in epoch ms: deadlines are judged by its clock, not the browser's. */
export function serverNow(): number {
  return Date.now() + serverClockOffset;
}

/** Learns the server's clock from a response's `Date` header (exported for tests). */
export function noteServerDate(date: string | null, receivedAt = Date.now()): void {
  const server = date === null ? Number.NaN : Date.parse(date);
  if (Number.isNaN(server)) return;
  // The header truncates to the second: the server's time was, on average, half a second later.
  const offset = server + 500 - receivedAt;
  serverClockOffset = Math.abs(offset) < 2_000 ? 0 : offset;
}

/** Installs (or, with null, removes) the session whose token every call carries. */
export function setAuthenticator(next: Authenticator | null): void {
  authenticator = next;
}

/**
 * Sign-in, refresh and sign-out answer 401 about the credentials they were given; renewing the
 * session and retrying would be wrong for them (and for refresh, endless).
 */
export function isAuthEndpoint(path: string): boolean {
  return path.startsWith('/api/auth/');
}

const PROBLEM_JSON = 'application/problem+json';

function isJson(contentType: string): boolean {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function toFieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) {
    return undefined;
  }
  return value.filter(isRecord).map((entry) => {
    const error: FieldError = { message: optionalString(entry.message) ?? '' };
    const field = optionalString(entry.field);
    const name = optionalString(entry.name);
    if (field !== undefined) error.field = field;
    if (name !== undefined) error.name = name;
    return error;
  });
}

/** Reads a problem body defensively: the server owns the format, the UI must not crash on it. */
export function toProblemDetails(body: unknown, status: number, statusText = ''): ProblemDetails {
  const source = isRecord(body) ? body : {};
  const problem: ProblemDetails = {
    type: optionalString(source.type) ?? 'about:blank',
    title: optionalString(source.title) ?? (statusText || `HTTP ${status}`),
    status: typeof source.status === 'number' ? source.status : status,
  };
  const detail = optionalString(source.detail);
  const instance = optionalString(source.instance);
  const errors = toFieldErrors(source.errors);
  if (detail !== undefined) problem.detail = detail;
  if (instance !== undefined) problem.instance = instance;
  if (errors !== undefined) problem.errors = errors;
  return problem;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const auth = options.authenticate === false ? null : authenticator;
  const token = auth?.accessToken() ?? null;
  try {
    return await send<T>(path, options, token);
  } catch (error) {
    if (
      auth === null ||
      !(error instanceof ApiError) ||
      error.status !== 401 ||
      isAuthEndpoint(path)
    ) {
      throw error;
    }
    // Concurrent 401s share one renewal (the authenticator's business); each call retries once.
    const renewed = await auth.renew(token).catch(() => null);
    if (renewed === null) {
      throw error;
    }
    return send<T>(path, options, renewed);
  }
}

async function send<T>(path: string, options: RequestOptions, token: string | null): Promise<T> {
  const { method = 'GET', body, headers = {}, signal, acceptStatus = [] } = options;
  const multipart = typeof FormData !== 'undefined' && body instanceof FormData;
  const init: RequestInit = {
    method,
    headers: {
      Accept: `application/json, ${PROBLEM_JSON}`,
      // the browser sets multipart's Content-Type itself, with the boundary
      ...(body === undefined || multipart ? {} : { 'Content-Type': 'application/json' }),
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...headers,
    },
    credentials: 'same-origin',
  };
  if (body !== undefined) init.body = multipart ? (body as FormData) : JSON.stringify(body);
  if (signal !== undefined) init.signal = signal;

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new ApiError(
      {
        type: 'about:blank',
        title: 'Network error',
        status: NETWORK_ERROR_STATUS,
        detail: cause instanceof Error ? cause.message : String(cause),
        instance: path,
      },
      undefined,
      { cause },
    );
  }

  // A response the browser may have served from its cache dates from when it was first sent.
  if (!/max-age=[1-9]|immutable/i.test(response.headers.get('Cache-Control') ?? '')) {
    noteServerDate(response.headers.get('Date'));
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  if (options.blob && response.ok) {
    return (await response.blob()) as T;
  }
  let parsed: unknown;
  if (isJson(contentType)) {
    try {
      parsed = await readBody(response);
    } catch (cause) {
      throw new ApiError(
        {
          type: 'about:blank',
          title: 'Malformed JSON response',
          status: response.status,
          instance: path,
        },
        undefined,
        { cause },
      );
    }
  }

  const accepted = response.ok || acceptStatus.includes(response.status);
  if (accepted && response.status === 204) {
    return undefined as T;
  }
  if (accepted && isJson(contentType)) {
    return parsed as T;
  }
  if (accepted) {
    // A 2xx that is not JSON is not the backend answering (e.g. a static server's index.html).
    throw new ApiError({
      type: 'about:blank',
      title: 'Unexpected response type',
      status: response.status,
      detail: contentType || 'no Content-Type',
      instance: path,
    });
  }
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  throw new ApiError(
    toProblemDetails(parsed, response.status, response.statusText),
    parsed,
    retryAfterSeconds === undefined ? {} : { retryAfterSeconds },
  );
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'DELETE' }),
};
