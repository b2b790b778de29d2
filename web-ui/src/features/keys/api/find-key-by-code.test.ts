import { beforeEach, describe, expect, it } from 'vitest';
import { findKeyByCode, normalizeKeyInput } from '@/features/keys/api/find-key-by-code';
import { PROJECT, unitKey } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';

describe('finding a key at the desk', () => {
  beforeEach(() => saveToken('token-1', 900));

  it('reads a unit as people type it', () => {
    expect(normalizeKeyInput('2-1004')).toBe('2-1004');
    expect(normalizeKeyInput('2栋1004')).toBe('2-1004');
    expect(normalizeKeyInput(' 2 栋 1004 室 ')).toBe('2-1004');
    expect(normalizeKeyInput('2号楼1004')).toBe('2-1004');
    expect(normalizeKeyInput('sg-k-0001')).toBe('SG-K-0001');
  });

  it("finds a unit's home key when no key has that code", async () => {
    const home = unitKey({ code: 'SG-K-0042', unitLabel: '2-1004' });
    const other = unitKey({ id: '00000000-0000-4000-8000-0000000000f1', code: 'SG-K-0043', unitLabel: '2-10041' });
    const { requests, fetchMock } = mockFetch([]);
    fetchMock.mockImplementation((input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      requests.push({ method: 'GET', path: url.pathname, search: url.search, headers: new Headers(), body: undefined });
      const items = url.searchParams.has('code') ? [] : [home, other];
      return Promise.resolve(new Response(JSON.stringify({ items }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    });
    expect((await findKeyByCode(PROJECT, '2-1004'))?.code).toBe('SG-K-0042');
    const search = new URLSearchParams(requests[1]?.search);
    expect(search.get('q')).toBe('2-1004');
    expect(search.get('type')).toBe('UNIT');
  });
});
