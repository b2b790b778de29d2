import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { storeAnswer } from '@/lib/query-cache';

describe('storeAnswer', () => {
  it('keeps a write answer when a read that started before it answers later', async () => {
    const queryClient = new QueryClient();
    const key = ['template', 't1'];
    queryClient.setQueryData(key, 'draft');
    let answerRead: (value: string) => void = () => undefined;
    // The builder mounts and refetches; the read is slow.
    const read = queryClient.fetchQuery({ queryKey: key, staleTime: 0, queryFn: () => new Promise<string>((resolve) => (answerRead = resolve)) });
    await storeAnswer(queryClient, key, 'published v1');
    answerRead('draft');
    await read.catch(() => undefined);
    expect(queryClient.getQueryData(key)).toBe('published v1');
  });

  it('without the cancel, the late read would win (what the helper exists for)', async () => {
    const queryClient = new QueryClient();
    const key = ['template', 't2'];
    let answerRead: (value: string) => void = () => undefined;
    const read = queryClient.fetchQuery({ queryKey: key, staleTime: 0, queryFn: () => new Promise<string>((resolve) => (answerRead = resolve)) });
    queryClient.setQueryData(key, 'published v1');
    answerRead('draft');
    await read;
    expect(queryClient.getQueryData(key)).toBe('draft');
  });
});
