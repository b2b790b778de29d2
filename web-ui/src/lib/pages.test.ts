import { describe, expect, it } from 'vitest';
import { allPages } from '@/lib/pages';

describe('allPages', () => {
  it('follows nextCursor until the last page', async () => {
    const pages: Record<string, { items: number[]; nextCursor?: string }> = {
      start: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: 'c' },
      c: { items: [4] },
    };
    const asked: (string | undefined)[] = [];
    const items = await allPages((cursor) => {
      asked.push(cursor);
      return Promise.resolve(pages[cursor ?? 'start'] ?? { items: [] });
    });
    expect(items).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  it('stops after maxPages even if the list goes on', async () => {
    const items = await allPages(() => Promise.resolve({ items: [0], nextCursor: 'again' }), 3);
    expect(items).toHaveLength(3);
  });
});
