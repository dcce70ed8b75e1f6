import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../passwordPolicy';

describe('password policy', () => {
  it('accepts 10–128 characters with a letter and a digit', () => {
    expect(passwordProblem('abcdefghi1')).toBeNull();
    expect(passwordProblem(`${'a'.repeat(127)}1`)).toBeNull();
  });

  it('rejects too short and too long passwords', () => {
    expect(passwordProblem('abcdefgh1')).toBe('length');
    expect(passwordProblem(`${'a'.repeat(128)}1`)).toBe('length');
  });

  it('needs a letter and a digit', () => {
    expect(passwordProblem('abcdefghijkl')).toBe('letterAndDigit');
    expect(passwordProblem('123456789012')).toBe('letterAndDigit');
  });

  it('must not be the email, whatever the case', () => {
    expect(passwordProblem('Li.Lei1@example.cn', 'li.lei1@example.cn')).toBe('sameAsEmail');
    expect(passwordProblem('li.lei1@example.cn2', 'li.lei1@example.cn')).toBeNull();
  });
});
