// The backend's minimum password policy, checked in the browser for instant feedback.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'length' | 'letterAndDigit' | 'sameAsEmail';

/** The first rule a password breaks, or null. Length counts characters, not UTF-16 units. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    return 'length';
  }
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) {
    return 'letterAndDigit';
  }
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return 'sameAsEmail';
  }
  return null;
}
