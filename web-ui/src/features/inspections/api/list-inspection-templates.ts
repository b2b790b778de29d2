import { queryOptions, useQuery } from '@tanstack/react-query';
import { inspectionTemplatesQueryKey } from '@/features/inspections/api/keys';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type InspectionTemplateSummary = Schemas['InspectionTemplateSummary'];

/**
 * GET /api/v1/inspection-templates — every rubric (a company has a handful), newest first. `publishedOnly`: only those
 * an inspection can be started with.
 */
export async function listInspectionTemplates(publishedOnly: boolean, signal?: AbortSignal): Promise<InspectionTemplateSummary[]> {
  const { data } = await unwrap(api.GET('/api/v1/inspection-templates', { params: { query: { limit: 200, includeDrafts: !publishedOnly } }, signal }));
  return data.items;
}

export function inspectionTemplatesQueryOptions(publishedOnly = false) {
  return queryOptions({
    queryKey: [...inspectionTemplatesQueryKey, 'list', { publishedOnly }],
    queryFn: ({ signal }) => listInspectionTemplates(publishedOnly, signal),
    staleTime: 60_000,
  });
}

export function useInspectionTemplates(publishedOnly = false) {
  return useQuery(inspectionTemplatesQueryOptions(publishedOnly));
}
