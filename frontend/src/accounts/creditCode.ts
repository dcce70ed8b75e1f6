// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-symbol
// alphabet, the last one a check character over the first 17. The backend applies the same rule; this
// copy gives instant feedback while typing.

/** The code's alphabet: digits and capitals without I, O, Z, S and V. A symbol's value is its index. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_LENGTH = 18;
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'length' | 'character' | 'checkCharacter';

/** The check character for the first 17 characters of a code; throws if they are not 17 valid ones. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== WEIGHTS.length) {
    throw new RangeError(`expected ${WEIGHTS.length} characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) {
      throw new RangeError(`"${first17.charAt(i)}" is not a credit-code character`);
    }
    sum += value * WEIGHTS[i]!;
  }
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET.charAt(check === 31 ? 0 : check);
}

/** What is wrong with a code (as typed, case-sensitive: the codes are upper case), or null. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== CREDIT_CODE_LENGTH) {
    return 'length';
  }
  if ([...code].some((char) => !CREDIT_CODE_CHARSET.includes(char))) {
    return 'character';
  }
  return creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? null : 'checkCharacter';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
