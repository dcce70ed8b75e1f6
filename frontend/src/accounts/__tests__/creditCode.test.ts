import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckCharacter,
  creditCodeProblem,
  isValidCreditCode,
} from '../creditCode';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(['91110000600037341L', '91230100MA1B2C3D49', '91230600123456789N'])(
    'accepts %s',
    (code) => {
      expect(creditCodeProblem(code)).toBeNull();
      expect(isValidCreditCode(code)).toBe(true);
    },
  );

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckCharacter('91110000600037341')).toBe('L');
    expect(creditCodeCheckCharacter('91230100MA1B2C3D4')).toBe('9');
    expect(creditCodeCheckCharacter('91230600123456789')).toBe('N');
  });

  it('maps a remainder of 0 (c = 31) to the check character 0', () => {
    // Sum of weights × values ≡ 0 (mod 31): 17 zeros.
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
    expect(isValidCreditCode('000000000000000000')).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(creditCodeProblem('91110000600037341M')).toBe('checkCharacter');
    expect(creditCodeProblem('91230100MA1B2C3D48')).toBe('checkCharacter');
    // A typo in the body is caught by the check character too.
    expect(creditCodeProblem('91230600123456788N')).toBe('checkCharacter');
  });

  it('rejects a wrong length', () => {
    expect(creditCodeProblem('')).toBe('length');
    expect(creditCodeProblem('91110000600037341')).toBe('length');
    expect(creditCodeProblem('91110000600037341L0')).toBe('length');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the forbidden letter %s', (letter) => {
    expect(CREDIT_CODE_CHARSET).not.toContain(letter);
    expect(creditCodeProblem(`9123010${letter}MA1B2C3D49`)).toBe('character');
    expect(creditCodeProblem(`91230100MA1B2C3D4${letter}`)).toBe('character');
  });

  it('rejects lower case and other characters (the form upper-cases as you type)', () => {
    expect(creditCodeProblem('91230100ma1b2c3d49')).toBe('character');
    expect(creditCodeProblem('91230100MA1B2C3D4-')).toBe('character');
  });

  it('refuses to compute a check character for bad input', () => {
    expect(() => creditCodeCheckCharacter('9123')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9123010OMA1B2C3D4')).toThrow(RangeError);
  });
});
