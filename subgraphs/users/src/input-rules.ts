// The rules every users input follows, as zod schemas shared by the GraphQL arguments and the domain
// functions. Messages are shown to people as-is, so each says what to enter instead.
import { z } from 'zod';
import { emailProblem, normaliseEmail } from './email-address';
import { passwordProblem } from './password';

export const GRADE_MIN = 6;
export const GRADE_MAX = 12;

/** Trims and lowercases, then checks the shape. */
export const emailRule = z
  .string()
  .max(1000, 'That email address is far too long.')
  .transform(normaliseEmail)
  .superRefine((email, context) => {
    const problem = emailProblem(email);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** A password someone is choosing now (register, reset, change). Old passwords are not re-checked. */
export const newPasswordRule = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** A password someone types to prove who they are; only bounded, so a huge string never reaches argon2. */
export const presentedPasswordRule = z
  .string()
  .min(1, 'Enter your password.')
  .max(1024, 'That password is longer than any we accept; check what you pasted.');

export const displayNameRule = z
  .string()
  .transform((name) => name.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'Enter a display name.')
      .max(80, 'Use at most 80 characters for your display name.')
      // Control characters break every screen the name is shown on.
      .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'Use letters, digits, spaces and punctuation only in your display name.'),
  );

export const gradeRule = z
  .number()
  .int('Grade is a whole number.')
  .min(GRADE_MIN, `Grade must be between ${GRADE_MIN} and ${GRADE_MAX}.`)
  .max(GRADE_MAX, `Grade must be between ${GRADE_MIN} and ${GRADE_MAX}.`);

/** ISO 3166-1 alpha-2 country code, e.g. "CA". */
export const countryRule = z
  .string()
  .transform((country) => country.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as CA, US or GB.'));

export const provinceRule = z
  .string()
  .transform((province) => province.trim())
  .pipe(z.string().min(1, 'Enter a province or state, or leave it out.').max(100, 'Use at most 100 characters for the province.'));

/** A BCP 47 language tag the runtime recognises, returned in canonical form ("en-ca" → "en-CA"). */
export const localeRule = z.string().transform((locale, context) => {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale.trim());
    if (canonical) return canonical;
  } catch {
    // Fall through to the issue below: the runtime rejected the tag.
  }
  context.addIssue({ code: 'custom', message: `"${locale}" is not a language tag; use one such as en, en-CA or fr.` });
  return z.NEVER;
});

/** An IANA time zone the runtime knows, e.g. "America/Toronto". */
export const timezoneRule = z.string().transform((zone, context) => {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    context.addIssue({ code: 'custom', message: `"${zone}" is not a time zone; use an IANA name such as America/Toronto or UTC.` });
    return z.NEVER;
  }
});

/** E.164 phone number: "+" then country code and number, spaces, dashes and brackets ignored. */
export const phoneRule = z
  .string()
  .transform((phone) => phone.replace(/[\s\-().]/g, ''))
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, 'Enter the phone number with its country code, e.g. +1 416 555 0100.'));

export const otpCodeRule = z
  .string()
  .transform((code) => code.trim())
  .pipe(z.string().regex(/^\d{6}$/, 'The code is the 6 digits from the email we sent.'));

/** Lowercase words joined by dashes, used in school URLs. */
export const slugRule = z
  .string()
  .transform((slug) => slug.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(2, 'Use at least 2 characters for the slug.')
      .max(60, 'Use at most 60 characters for the slug.')
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single dashes in the slug, e.g. "north-ridge-high".'),
  );

export const schoolNameRule = z
  .string()
  .transform((name) => name.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(2, 'Enter the school name.').max(120, 'Use at most 120 characters for the school name.'));

// Any 8-4-4-4-12 hex id: Postgres accepts every such value, so stricter RFC checks would only refuse valid rows.
export const uuidRule = (what: string) => z.guid(`That is not a valid ${what} id.`);

// Refresh tokens are 43 base64url characters; anything far longer is not one of ours.
export const refreshTokenRule = z
  .string()
  .min(1, 'Send the refresh token from your last sign-in.')
  .max(200, 'That is not a refresh token.');
