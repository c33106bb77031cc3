// Email addresses are compared in one canonical form, so "Ann@X.org " and "ann@x.org" are one account.

/** Longest address SMTP allows (RFC 5321 path limit). */
export const EMAIL_MAX_LENGTH = 254;

// Deliberately simple: one @, no spaces, a dot in the domain. Full RFC 5322 parsing accepts
// addresses no mail provider delivers to; the verification code is the real check.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The problem with an (already normalised) address, or null when it looks deliverable. */
export function emailProblem(email: string): string | null {
  if (email.length === 0) return 'Enter your email address.';
  if (email.length > EMAIL_MAX_LENGTH) return `An email address has at most ${EMAIL_MAX_LENGTH} characters.`;
  if (!EMAIL_PATTERN.test(email)) return `"${email}" is not an email address. Check it for typos (e.g. name@example.org).`;
  return null;
}
