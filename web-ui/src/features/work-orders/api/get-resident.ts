import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Resident = Schemas['Resident'];

/**
 * GET /api/v1/projects/{projectId}/units/{unitId}/residents/{residentId} — one resident, with the full phone for the
 * roles that call residents back (the desk): what the registration form prefills as the reporter.
 */
export async function getResident(projectId: string, unitId: string, residentId: string): Promise<Resident> {
  const { data } = await unwrap(
    api.GET('/api/v1/projects/{projectId}/units/{unitId}/residents/{residentId}', { params: { path: { projectId, unitId, residentId } } }),
  );
  return data;
}
