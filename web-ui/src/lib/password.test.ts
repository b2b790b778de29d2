import { describe, expect, it } from 'vitest';
import { generatePassword, passwordProblem } from '@/lib/password';

describe('generatePassword', () => {
  it('makes distinct 14-character passwords that meet the rule', () => {
    const made = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(made.size).toBe(50);
    for (const password of made) {
      expect(password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
      expect(passwordProblem(password)).toBeUndefined();
    }
  });
});

describe('passwordProblem', () => {
  it('names what is wrong, as the server does', () => {
    expect(passwordProblem('short1')).toBe('length');
    expect(passwordProblem('12345678')).toBe('kinds');
    expect(passwordProblem('abcdefgh')).toBe('kinds');
    expect(passwordProblem('zhang.wei-2026', 'zhang.wei')).toBe('username');
    expect(passwordProblem('steward-demo')).toBeUndefined();
  });
});
