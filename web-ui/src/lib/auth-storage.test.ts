import { describe, expect, it, vi } from 'vitest';
import { clearToken, getToken, isSignedIn, onTokenChange, saveToken } from '@/lib/auth-storage';

describe('auth storage', () => {
  it('keeps the token until shortly before it expires', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    saveToken('abc', 900, now);
    expect(getToken(now)).toBe('abc');
    expect(getToken(now + 880_000)).toBe('abc');
    expect(getToken(now + 895_000)).toBeNull(); // within the 10 s safety margin
    expect(localStorage.getItem('steward.token')).toBeNull(); // and it is dropped
  });

  it('tells listeners when the token changes', () => {
    const listener = vi.fn();
    const stop = onTokenChange(listener);
    saveToken('abc', 60);
    expect(isSignedIn()).toBe(true);
    clearToken();
    expect(isSignedIn()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
  });
});
