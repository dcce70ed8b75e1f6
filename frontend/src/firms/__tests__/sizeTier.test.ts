import { describe, expect, it } from 'vitest';
import { sizeTierOf } from '../types';

describe('size tier', () => {
  it('follows the policy thresholds as the backend does', () => {
    expect(sizeTierOf(799)).toBe('SMALL');
    expect(sizeTierOf(800)).toBe('SCALE');
    expect(sizeTierOf(2999)).toBe('SCALE');
    expect(sizeTierOf(3000)).toBe('LARGE');
  });
});
