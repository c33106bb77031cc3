// The password rules as the schema states them (RegisterInput.password): at least 8 characters with an
// uppercase letter, a lowercase letter and a digit (and at most 128). Checked here so people learn
// before sending; the graph checks again and its message wins.
export const PASSWORD_HINT = 'At least 8 characters, with an uppercase letter, a lowercase letter and a digit.';

export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'Use at least 8 characters for your password.';
  if (password.length > 128) return 'Use at most 128 characters for your password.';
  const missing: string[] = [];
  if (!/[A-Z]/.test(password)) missing.push('an uppercase letter');
  if (!/[a-z]/.test(password)) missing.push('a lowercase letter');
  if (!/[0-9]/.test(password)) missing.push('a digit');
  if (missing.length === 0) return null;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  return `Add ${list} to your password.`;
}
