// Idempotency keys for POSTs that must never act twice (a bid, an award). One key per user action:
// kept while the action is retried (double click, network failure: the server replays or refuses
// a duplicate), replaced once the action has succeeded. The server forgets keys of failed calls,
// so a corrected retry under the same key is fine.
import { useCallback, useRef } from 'react';

/** A random UUID (v4), also where crypto.randomUUID is missing (plain-HTTP origins). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The current action's key, and `done()` to start a new action after success. */
export function useIdempotencyKey() {
  const key = useRef<string>(newIdempotencyKey());
  const current = useCallback(() => key.current, []);
  const done = useCallback(() => {
    key.current = newIdempotencyKey();
  }, []);
  return { current, done };
}
