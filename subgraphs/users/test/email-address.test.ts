import { emailProblem, normaliseEmail } from '../src/email-address';

describe('email addresses', () => {
  it('normalises by trimming and lowercasing', () => {
    expect(normaliseEmail('  Ann.Lee@Example.ORG ')).toBe('ann.lee@example.org');
  });

  it('accepts an ordinary address', () => {
    expect(emailProblem('ann@example.org')).toBeNull();
  });

  it.each(['ann', 'ann@', '@example.org', 'ann@example', 'ann lee@example.org', 'ann@@example.org'])(
    'refuses %p with a message that says what is wrong',
    (email) => {
      expect(emailProblem(email)).toMatch(/is not an email address/);
    },
  );

  it('refuses an empty address', () => {
    expect(emailProblem('')).toBe('Enter your email address.');
  });
});
