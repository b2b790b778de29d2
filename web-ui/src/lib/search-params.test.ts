import { describe, expect, it } from 'vitest';
import { withSearchParams } from '@/lib/search-params';

describe('withSearchParams', () => {
  it('sets the given parameters, removes the empty ones and keeps the rest', () => {
    const next = withSearchParams(new URLSearchParams('q=漏水&tab=open&page=2'), { tab: 'NEW', q: undefined, type: 'REPAIR', page: '' });
    expect(next.toString()).toBe(new URLSearchParams({ tab: 'NEW', type: 'REPAIR' }).toString());
  });
});
