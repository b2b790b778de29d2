import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Webhook = Schemas['WebhookSubscription'];
export type WebhookCreate = Schemas['WebhookSubscriptionCreate'];
export type WebhookUpdate = Schemas['WebhookSubscriptionUpdate'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookEventType = Schemas['WebhookEventType'];
export type DeliveryStatus = Schemas['WebhookDeliveryStatus'];

const PAGE_SIZE = 50;
export const webhooksQueryKey = ['webhooks'] as const;

/** GET /api/v1/webhooks (ADMIN), newest first. */
export function useWebhooks() {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...webhooksQueryKey, 'list'],
      queryFn: async ({ pageParam, signal }) =>
        (await unwrap(api.GET('/api/v1/webhooks', { params: { query: { limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } }, signal })))
          .data,
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  );
}

/** GET /api/v1/webhooks/{id}/deliveries — the delivery log, newest first, optionally by state. */
export function useDeliveries(webhookId: string | undefined, status: DeliveryStatus | undefined) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...webhooksQueryKey, 'deliveries', webhookId, status],
      queryFn: async ({ pageParam, signal }) =>
        (
          await unwrap(
            api.GET('/api/v1/webhooks/{webhookId}/deliveries', {
              params: {
                path: { webhookId: webhookId ?? '' },
                query: { limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}), ...(status ? { status } : {}) },
              },
              signal,
            }),
          )
        ).data,
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      enabled: webhookId !== undefined,
      // Pending deliveries change on their own: look again while any is shown.
      refetchInterval: (query) =>
        query.state.data?.pages.some((page) => page.items.some((item) => item.status === 'PENDING')) ? 5000 : false,
    }),
  );
}

function useWebhookWrite<A, R>(write: (args: A) => Promise<R>, handledStatuses: number[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    meta: { handledStatuses },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksQueryKey }),
  });
}

/** POST /api/v1/webhooks with an Idempotency-Key; the answer holds the secret, shown once. */
export function useCreateWebhook() {
  return useWebhookWrite(
    async ({ body, idempotencyKey }: { body: WebhookCreate; idempotencyKey: string }) =>
      (await unwrap(api.POST('/api/v1/webhooks', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }))).data,
    [400, 409],
  );
}

/** PATCH /api/v1/webhooks/{id} with If-Match (`"<version>"`). */
export function useUpdateWebhook() {
  return useWebhookWrite(
    async ({ webhookId, body, ifMatch }: { webhookId: string; body: WebhookUpdate; ifMatch: string }) =>
      (await unwrap(api.PATCH('/api/v1/webhooks/{webhookId}', { params: { path: { webhookId }, header: { 'If-Match': ifMatch } }, body }))).data,
    [400, 409, 412, 428],
  );
}

export function useDeleteWebhook() {
  return useWebhookWrite(
    async ({ webhookId }: { webhookId: string }) => {
      await unwrap(api.DELETE('/api/v1/webhooks/{webhookId}', { params: { path: { webhookId } } }));
    },
    [404],
  );
}

export function useRotateSecret() {
  return useWebhookWrite(
    async ({ webhookId }: { webhookId: string }) =>
      (await unwrap(api.POST('/api/v1/webhooks/{webhookId}/secret', { params: { path: { webhookId } } }))).data,
    [404],
  );
}

export function useTestWebhook() {
  return useWebhookWrite(
    async ({ webhookId }: { webhookId: string }) =>
      (await unwrap(api.POST('/api/v1/webhooks/{webhookId}/test', { params: { path: { webhookId } } }))).data,
    [404, 409],
  );
}

export function useReplayDelivery() {
  return useWebhookWrite(
    async ({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) =>
      (await unwrap(api.POST('/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/replay', { params: { path: { webhookId, deliveryId } } })))
        .data,
    [404, 409],
  );
}
