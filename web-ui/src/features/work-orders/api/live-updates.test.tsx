import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useLiveWorkOrders } from '@/features/work-orders/api/live-updates';
import { saveToken } from '@/lib/auth-storage';
import { eventStreamResponse } from '@/testing/event-stream';

describe('useLiveWorkOrders', () => {
  it('reloads the lists, counts, complaint review and the order on work-order events of its project, not on key events', async () => {
    saveToken('token-1', 900);
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          eventStreamResponse([
            { type: 'KEY_CHANGED', projectId: 'p1', keyId: 'k1', at: '2026-11-23T10:00:00Z' },
            { type: 'WORK_ORDER_CHANGED', projectId: 'p2', workOrderId: 'w2', at: '2026-11-23T10:00:01Z' },
            { type: 'WORK_ORDER_CHANGED', projectId: 'p1', workOrderId: 'w1', at: '2026-11-23T10:00:02Z' },
          ]),
        ),
      ),
    );
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const { unmount } = renderHook(() => useLiveWorkOrders('p1'), { wrapper });

    await vi.waitFor(() => expect(invalidate).toHaveBeenCalledTimes(4));
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      ['work-orders', 'pages'],
      ['work-orders', 'counts'],
      ['work-orders', 'complaint-review'],
      ['work-orders', 'detail', 'w1'],
    ]);
    unmount();
  });
});
