import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { inspectionsQueryKey } from '@/features/inspections/api/keys';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type InspectionSummary = Schemas['InspectionSummary'];
export type InspectionPage = Schemas['InspectionPage'];
export type InspectionGrade = Schemas['InspectionGrade'];
export type InspectionMethod = Schemas['InspectionMethod'];
export type InspectionStatus = Schemas['InspectionStatus'];

export type InspectionFilters = {
  projectId?: string | undefined;
  templateId?: string | undefined;
  grade?: InspectionGrade | undefined;
  status?: InspectionStatus | undefined;
  inspectorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

const PAGE_SIZE = 50;

/** GET /api/v1/inspections — newest first, one page. */
export async function listInspections(filters: InspectionFilters, cursor: string | undefined, signal?: AbortSignal): Promise<InspectionPage> {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as InspectionFilters;
  const { data } = await unwrap(api.GET('/api/v1/inspections', { params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}), ...query } }, signal }));
  return data;
}

export function inspectionsQueryOptions(filters: InspectionFilters) {
  return infiniteQueryOptions({
    queryKey: [...inspectionsQueryKey, 'pages', filters],
    queryFn: ({ pageParam, signal }) => listInspections(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useInspections(filters: InspectionFilters, enabled = true) {
  return useInfiniteQuery({ ...inspectionsQueryOptions(filters), enabled });
}
