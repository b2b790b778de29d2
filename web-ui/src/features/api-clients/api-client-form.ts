import type { ApiClient, ApiClientScope } from '@/features/api-clients/api/list-api-clients';
import type { ApiClientCreate } from '@/features/api-clients/api/create-api-client';
import type { ApiClientUpdate } from '@/features/api-clients/api/update-api-client';

/** Every scope, in the contract's order (the order the form lists them and the server writes them). */
export const SCOPES: readonly ApiClientScope[] = [
  'work-orders:read',
  'work-orders:write',
  'surveys:read',
  'keys:read',
  'inspections:read',
  'webhooks:manage',
];

/** Grace periods offered when rotating, in minutes: none, 1 h, 24 h (the default), 3 days, 7 days (the maximum). */
export const GRACE_MINUTES = [0, 60, 1440, 4320, 10080] as const;
export const DEFAULT_GRACE_MINUTES = 1440;

export type ApiClientValues = { name: string; projectIds: string[]; scopes: ApiClientScope[] };

/** Scopes in the catalogue's order, without duplicates (the server sorts them the same way). */
export function orderedScopes(scopes: readonly ApiClientScope[]): ApiClientScope[] {
  return SCOPES.filter((scope) => scopes.includes(scope));
}

/** Scopes that add nothing: work-orders:read next to work-orders:write (writing includes reading). */
export function redundantScopes(scopes: readonly ApiClientScope[]): ApiClientScope[] {
  return scopes.includes('work-orders:write') && scopes.includes('work-orders:read') ? ['work-orders:read'] : [];
}

export function toCreateBody(values: ApiClientValues): ApiClientCreate {
  return { name: values.name.trim(), projectIds: [...new Set(values.projectIds)], scopes: orderedScopes(values.scopes) };
}

/** Only what changed (PATCH changes only the fields sent); null when nothing did. */
export function toUpdateBody(client: ApiClient, values: ApiClientValues): ApiClientUpdate | null {
  const body: ApiClientUpdate = {};
  const name = values.name.trim();
  if (name !== client.name) body.name = name;
  const projects = [...new Set(values.projectIds)];
  if ([...projects].sort().join() !== [...client.projectIds].sort().join()) body.projectIds = projects;
  const scopes = orderedScopes(values.scopes);
  if (scopes.join() !== orderedScopes(client.scopes).join()) body.scopes = scopes;
  return Object.keys(body).length === 0 ? null : body;
}

/** The current secret and the previous one still in its grace period (ends at `expiresAt`). */
export function secretsOf(client: ApiClient): { current?: ApiClient['secrets'][number]; previous?: ApiClient['secrets'][number] } {
  return {
    current: client.secrets.find((secret) => !secret.expiresAt),
    previous: client.secrets.find((secret) => secret.expiresAt),
  };
}

/** The text key of a scope's description (i18next reads ':' as a namespace separator, so the scope is split on it). */
export function scopeTextKey(scope: ApiClientScope): string {
  return `apiClients.scope.${scope.replace(':', '.')}`;
}
