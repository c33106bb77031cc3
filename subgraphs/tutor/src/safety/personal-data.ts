// Personal details an answer must not repeat: payment card numbers and US social security numbers. Only
// answers are checked; a student typing their own details is theirs to share.

/** 13–19 digits starting as card networks do (3–6; never 9, so ISBNs pass), optionally grouped by spaces or dashes. */
const CARD_CANDIDATE = /\b[3-6](?:[ -]?\d){12,18}\b/g;
/** AAA-GG-SSSS with the area, group and serial ranges that are never issued left out. */
const SOCIAL_SECURITY_NUMBER = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/;

/** The Luhn checksum every payment card number satisfies (and few other digit runs do). */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** What kind of personal detail `text` holds, or null. */
export function findPersonalData(text: string): 'a payment card number' | 'a social security number' | null {
  for (const candidate of text.match(CARD_CANDIDATE) ?? []) {
    const digits = candidate.replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return 'a payment card number';
  }
  return SOCIAL_SECURITY_NUMBER.test(text) ? 'a social security number' : null;
}
