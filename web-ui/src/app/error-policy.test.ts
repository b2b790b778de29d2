import { describe, expect, it, vi } from 'vitest';
import { applyErrorPolicy, shouldRetry, type ErrorPolicyDeps } from '@/app/error-policy';
import { createQueryClient } from '@/app/query-client';
import { api, unwrap } from '@/lib/api/client';
import { ApiError, NetworkError } from '@/lib/problem';
import { mockFetch, problem } from '@/testing/fetch-mock';

function deps() {
  return {
    notify: vi.fn<ErrorPolicyDeps['notify']>(),
    onUnauthorized: vi.fn<ErrorPolicyDeps['onUnauthorized']>(),
    translate: (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key),
  };
}

const conflict = new ApiError(409, problem(409, 'BUILDING_CODE_TAKEN', 'Building code already used', 'A building with code 1 exists.'));

describe('applyErrorPolicy', () => {
  it('ends the session on 401', () => {
    const d = deps();
    applyErrorPolicy(new ApiError(401, problem(401, 'UNAUTHORIZED', 'Unauthorized')), undefined, d);
    expect(d.onUnauthorized).toHaveBeenCalledOnce();
    expect(d.notify).not.toHaveBeenCalled();
  });

  it("shows a problem's title and detail", () => {
    const d = deps();
    applyErrorPolicy(conflict, undefined, d);
    expect(d.notify).toHaveBeenCalledWith({ title: 'Building code already used', detail: 'A building with code 1 exists.' });
  });

  it('stays quiet for statuses the caller handles, including its own 401', () => {
    const d = deps();
    applyErrorPolicy(conflict, { handledStatuses: [409] }, d);
    applyErrorPolicy(new ApiError(401, undefined), { handledStatuses: [401] }, d);
    applyErrorPolicy(conflict, { silent: true }, d);
    expect(d.notify).not.toHaveBeenCalled();
    expect(d.onUnauthorized).not.toHaveBeenCalled();
  });

  it('falls back to translated messages without a problem body', () => {
    const d = deps();
    applyErrorPolicy(new ApiError(502, undefined), undefined, d);
    applyErrorPolicy(new NetworkError(new TypeError('Failed to fetch')), undefined, d);
    applyErrorPolicy(new Error('bug'), undefined, d);
    expect(d.notify.mock.calls).toEqual([
      [{ title: 'errors.http {"status":502}' }],
      [{ title: 'errors.network.title', detail: 'errors.network.detail' }],
      [{ title: 'errors.unexpected' }],
    ]);
  });
});

describe('shouldRetry', () => {
  it('retries transient failures twice, never client errors', () => {
    expect(shouldRetry(0, new ApiError(503, undefined))).toBe(true);
    expect(shouldRetry(1, new NetworkError(null))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, undefined))).toBe(false);
    expect(shouldRetry(0, new ApiError(400, undefined))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, undefined))).toBe(false);
  });
});

describe('the QueryClient applies the policy to every query and mutation', () => {
  it('a query answered 401 ends the session', async () => {
    mockFetch([{ path: '/api/v1/me', status: 401, body: problem(401, 'UNAUTHORIZED', 'Unauthorized') }]);
    const d = deps();
    const client = createQueryClient(d);
    await expect(
      client.fetchQuery({ queryKey: ['me'], queryFn: async () => (await unwrap(api.GET('/api/v1/me'))).data }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(d.onUnauthorized).toHaveBeenCalledOnce();
  });

  it("a mutation's problem is shown unless the mutation handles it", async () => {
    mockFetch([
      {
        method: 'POST',
        path: /\/buildings$/,
        status: 409,
        body: problem(409, 'BUILDING_CODE_TAKEN', 'Building code already used', 'A building with code 1 exists.'),
      },
    ]);
    const d = deps();
    const client = createQueryClient(d);
    const create = () =>
      unwrap(
        api.POST('/api/v1/projects/{projectId}/buildings', {
          params: { path: { projectId: '00000000-0000-0000-0000-000000000001' } },
          body: { code: '1', name: '1号楼' },
        }),
      );
    const observer = client.getMutationCache().build(client, { mutationFn: create });
    await expect(observer.execute(undefined)).rejects.toBeInstanceOf(ApiError);
    expect(d.notify).toHaveBeenCalledWith({ title: 'Building code already used', detail: 'A building with code 1 exists.' });

    d.notify.mockClear();
    const handled = client.getMutationCache().build(client, { mutationFn: create, meta: { handledStatuses: [409] } });
    await expect(handled.execute(undefined)).rejects.toBeInstanceOf(ApiError);
    expect(d.notify).not.toHaveBeenCalled();
  });
});

