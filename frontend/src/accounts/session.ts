// The signed-in session: the access token lives in memory only, the rotating refresh token in
// localStorage so that a reload (or another tab) can restore the session. Installed as the API
// client's Authenticator, it renews the access token on 401 (one refresh for all concurrent callers)
// and about 30 s before it expires.
//
// A later hardening may move the refresh token into an httpOnly cookie; only this file would change.
import { ApiError, type Authenticator } from '../shared/api';
import { accountsApi } from './api';
import type { Me, RegistrationRequest, Session } from './types';

export const REFRESH_TOKEN_KEY = 'waibao.refreshToken';
/** How long before the access token expires it is renewed. */
export const PROACTIVE_REFRESH_MS = 30_000;
/** Never schedule renewals closer together than this, whatever the clocks say. */
export const MIN_REFRESH_DELAY_MS = 15_000;
/** Browsers run a timer due in more than 2^31−1 ms at once; longer waits are capped. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Tabs take this Web Lock in turn to refresh, so that two never spend the same refresh token. */
const REFRESH_LOCK = 'waibao.session.refresh';

export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export interface SessionSnapshot {
  status: SessionStatus;
  me: Me | null;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The refresh call itself said the session is over (rather than the network failing). */
function sessionRejected(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 400);
}

export class SessionStore implements Authenticator {
  private readonly storage: Storage | null;
  private snapshot: SessionSnapshot;
  private token: string | null = null;
  /** Where the refresh token lives when storage is disabled: this page only. */
  private unstoredRefreshToken: string | null = null;
  private inFlight: Promise<string | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly expiredListeners = new Set<() => void>();

  constructor(storage: Storage | null = browserStorage()) {
    this.storage = storage;
    this.snapshot = {
      status: this.storedRefreshToken() === null ? 'signedOut' : 'restoring',
      me: null,
    };
  }

  // --- for React (useSyncExternalStore) ---

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  /** Called when a live session ends without the user signing out (revoked, expired). */
  onExpired(listener: () => void): () => void {
    this.expiredListeners.add(listener);
    return () => this.expiredListeners.delete(listener);
  }

  // --- Authenticator ---

  accessToken(): string | null {
    return this.token;
  }

  renew(used: string | null): Promise<string | null> {
    // Another call already renewed since `used` was sent: retry with the newer token.
    if (this.token !== null && this.token !== used) {
      return Promise.resolve(this.token);
    }
    return this.refresh();
  }

  // --- session lifecycle ---

  /** At start: with a stored refresh token, restores the session silently. */
  async restore(): Promise<void> {
    if (this.storedRefreshToken() === null) {
      this.set({ status: 'signedOut', me: null });
      return;
    }
    try {
      await this.refresh();
    } catch {
      // The backend cannot be reached: show the user signed out, but keep the refresh token so that
      // the next 401 or reload can still restore the session.
      if (this.snapshot.status === 'restoring') this.set({ status: 'signedOut', me: null });
    }
  }

  /**
   * Trades the refresh token for a new session. Concurrent callers share one request. Resolves to
   * the new access token, or null when the session is over; rejects when the backend is unreachable.
   */
  refresh(): Promise<string | null> {
    this.inFlight ??= withLock(() => this.refreshNow()).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  async signIn(email: string, password: string): Promise<Me> {
    return this.switchTo(await accountsApi.signIn(email, password));
  }

  async register(registration: RegistrationRequest): Promise<Me> {
    return this.switchTo(await accountsApi.register(registration));
  }

  async acceptInvitation(token: string, displayName: string, password: string): Promise<Me> {
    return this.switchTo(await accountsApi.acceptInvitation(token, displayName, password));
  }

  /** The backend revokes every other session and answers with a new one for this browser. */
  async changePassword(currentPassword: string, newPassword: string): Promise<Me> {
    return this.adopt(await accountsApi.changePassword(currentPassword, newPassword));
  }

  /** Reads the signed-in user again (role or organisation may have changed). */
  async reloadMe(): Promise<Me> {
    const me = await accountsApi.me();
    if (this.snapshot.status === 'signedIn') this.set({ status: 'signedIn', me });
    return me;
  }

  async signOut(): Promise<void> {
    const refreshToken = this.storedRefreshToken();
    try {
      if (refreshToken !== null) await accountsApi.signOut(refreshToken);
    } catch {
      // Signed out here regardless; the refresh token expires on its own.
    } finally {
      this.clear();
    }
  }

  /** Takes a session from the backend as the current one. */
  adopt(session: Session): Me {
    this.token = session.accessToken;
    this.writeRefreshToken(session.refreshToken);
    this.set({ status: 'signedIn', me: session.user });
    const expiresAt = Date.parse(session.accessTokenExpiresAt);
    this.schedule(
      Number.isNaN(expiresAt)
        ? MIN_REFRESH_DELAY_MS
        : expiresAt - PROACTIVE_REFRESH_MS - Date.now(),
    );
    return session.user;
  }

  /** Forgets the session in this browser (no call to the backend). */
  clear(): void {
    this.token = null;
    this.cancelTimer();
    this.writeRefreshToken(null);
    this.set({ status: 'signedOut', me: null });
  }

  /** Follows sign-in and sign-out in other tabs, which share the refresh token through storage. */
  listenToOtherTabs(): () => void {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== REFRESH_TOKEN_KEY) return;
      if (event.newValue === null && this.snapshot.status !== 'signedOut') {
        this.token = null;
        this.cancelTimer();
        this.set({ status: 'signedOut', me: null });
      } else if (event.newValue !== null && this.snapshot.status === 'signedOut') {
        void this.restore();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }

  dispose(): void {
    this.cancelTimer();
    this.listeners.clear();
    this.expiredListeners.clear();
  }

  // --- internals ---

  private async refreshNow(): Promise<string | null> {
    // Read inside the lock: another tab may have rotated the token while this one waited.
    const refreshToken = this.storedRefreshToken();
    if (refreshToken === null) {
      this.end();
      return null;
    }
    try {
      const session = await accountsApi.refresh(refreshToken);
      this.adopt(session);
      return session.accessToken;
    } catch (error) {
      if (sessionRejected(error)) {
        this.end();
        return null;
      }
      throw error;
    }
  }

  /** The session is over without the user asking: forget it and tell whoever shows pages. */
  private end(): void {
    const wasSignedIn = this.snapshot.status === 'signedIn';
    this.clear();
    if (wasSignedIn) this.expiredListeners.forEach((listener) => listener());
  }

  private async switchTo(session: Session): Promise<Me> {
    const previous = this.storedRefreshToken();
    if (previous !== null && previous !== session.refreshToken) {
      // Registering or accepting an invitation while signed in replaces that session: revoke it,
      // still as its own user.
      await accountsApi.signOut(previous).catch(() => undefined);
    }
    return this.adopt(session);
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    // Clamped below so that a client clock far ahead of the server's cannot cause a refresh loop.
    const delay = Math.min(Math.max(delayMs, MIN_REFRESH_DELAY_MS), MAX_TIMER_MS);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh().catch(() => {
        // Unreachable for now: try again later; the access token may still be good meanwhile.
        if (this.snapshot.status === 'signedIn') this.schedule(MIN_REFRESH_DELAY_MS);
      });
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private set(next: SessionSnapshot): void {
    if (next.status === this.snapshot.status && next.me === this.snapshot.me) return;
    this.snapshot = next;
    this.listeners.forEach((listener) => listener());
  }

  private storedRefreshToken(): string | null {
    try {
      if (this.storage !== null) return this.storage.getItem(REFRESH_TOKEN_KEY);
    } catch {
      // Storage disabled: fall back to this page's copy.
    }
    return this.unstoredRefreshToken;
  }

  private writeRefreshToken(value: string | null): void {
    this.unstoredRefreshToken = value;
    try {
      if (value === null) this.storage?.removeItem(REFRESH_TOKEN_KEY);
      else this.storage?.setItem(REFRESH_TOKEN_KEY, value);
    } catch {
      // Storage disabled: the session lasts as long as this page.
    }
  }
}

/** Runs `task` holding a browser-wide lock where the Web Locks API exists (not in jsdom). */
async function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? await locks.request(REFRESH_LOCK, task) : await task();
}
