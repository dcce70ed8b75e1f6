// The way to the sign-in page and back.

export function signInPath(returnTo: string): string {
  return `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}

/**
 * Where to go after signing in: only a path on this site (a `returnTo` pointing elsewhere would make
 * the sign-in page an open redirect), and never back to the sign-in page itself.
 */
export function safeReturnTo(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  return value.startsWith('/sign-in') ? fallback : value;
}
