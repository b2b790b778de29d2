import { describe, expect, it } from 'vitest';
import type { ApiClient } from '@/features/api-clients/api/list-api-clients';
import { orderedScopes, redundantScopes, secretsOf, toCreateBody, toUpdateBody } from '@/features/api-clients/api-client-form';

const client: ApiClient = {
  id: '11111111-1111-4111-8111-111111111111',
  name: '微信小程序',
  status: 'ACTIVE',
  scopes: ['work-orders:read', 'work-orders:write'],
  projectIds: ['p1', 'p2'],
  userId: '22222222-2222-4222-8222-222222222222',
  secrets: [
    { id: 's2', prefix: 'stw_AbCd', createdAt: '2026-12-03T10:00:00Z' },
    { id: 's1', prefix: 'stw_XyZ0', createdAt: '2026-12-01T10:00:00Z', expiresAt: '2026-12-04T10:00:00Z' },
  ],
  version: 3,
  createdAt: '2026-12-01T10:00:00Z',
};

describe('API client form', () => {
  it('trims the name, drops duplicate projects and orders the scopes as the catalogue does', () => {
    expect(toCreateBody({ name: '  BI 报表 ', projectIds: ['p1', 'p1', 'p2'], scopes: ['keys:read', 'work-orders:read', 'keys:read'] })).toEqual({
      name: 'BI 报表',
      projectIds: ['p1', 'p2'],
      scopes: ['work-orders:read', 'keys:read'],
    });
  });

  it('sends only what changed, and nothing when nothing did', () => {
    expect(toUpdateBody(client, { name: '微信小程序 ', projectIds: ['p2', 'p1'], scopes: ['work-orders:write', 'work-orders:read'] })).toBeNull();
    expect(toUpdateBody(client, { name: '微信报修', projectIds: ['p1'], scopes: ['work-orders:write', 'work-orders:read'] })).toEqual({
      name: '微信报修',
      projectIds: ['p1'],
    });
    expect(toUpdateBody(client, { name: '微信小程序', projectIds: ['p1', 'p2'], scopes: ['work-orders:read'] })).toEqual({
      scopes: ['work-orders:read'],
    });
  });

  it('says reading work orders is included in writing them', () => {
    expect(redundantScopes(['work-orders:write', 'work-orders:read'])).toEqual(['work-orders:read']);
    expect(redundantScopes(['work-orders:read', 'keys:read'])).toEqual([]);
    expect(orderedScopes(['webhooks:manage', 'surveys:read'])).toEqual(['surveys:read', 'webhooks:manage']);
  });

  it('tells the current secret from the previous one in its grace period', () => {
    expect(secretsOf(client).current?.prefix).toBe('stw_AbCd');
    expect(secretsOf(client).previous?.expiresAt).toBe('2026-12-04T10:00:00Z');
    expect(secretsOf({ ...client, secrets: [] })).toEqual({ current: undefined, previous: undefined });
  });
});
