import { describe, expect, it, vi } from 'vitest';
import { newIdempotencyKey } from '../idempotency';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys', () => {
  it('are random UUIDs', () => {
    const first = newIdempotencyKey();
    expect(first).toMatch(UUID_V4);
    expect(newIdempotencyKey()).not.toBe(first);
  });

  it('are UUIDs also where crypto.randomUUID is missing (plain-HTTP origins)', () => {
    // an own property shadows the prototype's method; deleting it brings the method back
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    const random = vi.spyOn(crypto, 'getRandomValues');
    try {
      expect(newIdempotencyKey()).toMatch(UUID_V4);
      expect(random).toHaveBeenCalled();
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).toBe('function');
  });
});
