import { hashPassword, passwordProblem, verifyPassword } from '../src/password';

describe('password policy', () => {
  it('accepts eight characters with upper, lower and digit', () => {
    expect(passwordProblem('Abcdefg1')).toBeNull();
  });

  it('asks for more characters when shorter than eight', () => {
    expect(passwordProblem('Abc1')).toBe('Use at least 8 characters for your password.');
  });

  it('refuses more than 128 characters', () => {
    expect(passwordProblem(`Aa1${'x'.repeat(126)}`)).toBe('Use at most 128 characters for your password.');
  });

  it('names every missing kind of character', () => {
    expect(passwordProblem('abcdefgh')).toBe('Add an uppercase letter and a digit to your password.');
    expect(passwordProblem('ABCDEFGH')).toBe('Add a lowercase letter and a digit to your password.');
    expect(passwordProblem('12345678')).toBe('Add an uppercase letter and a lowercase letter to your password.');
    expect(passwordProblem('Abcdefgh')).toBe('Add a digit to your password.');
  });
});

describe('password hashing', () => {
  it('hashes with argon2id at the OWASP parameters', async () => {
    const hash = await hashPassword('Abcdefg1');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Abcdefg1');
    await expect(verifyPassword(hash, 'Abcdefg1')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'Abcdefg2')).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('Abcdefg1')).not.toBe(await hashPassword('Abcdefg1'));
  });

  it('answers false, not an error, for a hash that is not argon2', async () => {
    await expect(verifyPassword('deleted:abc', 'Abcdefg1')).resolves.toBe(false);
  });
});
