import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from '../navigation';

describe('returnTo', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnTo('/organisation/audit?page=2')).toBe('/organisation/audit?page=2');
  });

  it('refuses other sites and odd values', () => {
    for (const value of ['https://evil.example', '//evil.example', '/\\evil.example', 'x', '']) {
      expect(safeReturnTo(value)).toBe('/');
    }
    expect(safeReturnTo(null)).toBe('/');
  });

  it('never returns to the sign-in page', () => {
    expect(safeReturnTo('/sign-in?returnTo=%2Faccount')).toBe('/');
  });

  it('encodes the return path', () => {
    expect(signInPath('/organisation/audit?page=2')).toBe(
      '/sign-in?returnTo=%2Forganisation%2Faudit%3Fpage%3D2',
    );
  });
});
