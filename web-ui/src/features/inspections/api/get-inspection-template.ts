import { queryOptions, useQuery } from '@tanstack/react-query';
import { inspectionTemplatesQueryKey } from '@/features/inspections/api/keys';
import { api, etagOf, unwrap, type Schemas } from '@/lib/api/client';

export type InspectionTemplate = Schemas['InspectionTemplate'];
export type InspectionTemplateDraft = Schemas['InspectionTemplateDraft'];
export type InspectionTemplateVersion = Schemas['InspectionTemplateVersion'];
/** A template with the ETag of its read, for the next save or publish. */
export type VersionedInspectionTemplate = { template: InspectionTemplate; etag: string | undefined };

/** GET /api/v1/inspection-templates/{inspectionTemplateId}. */
export async function getInspectionTemplate(templateId: string, signal?: AbortSignal): Promise<VersionedInspectionTemplate> {
  const { data, response } = await unwrap(api.GET('/api/v1/inspection-templates/{inspectionTemplateId}', { params: { path: { inspectionTemplateId: templateId } }, signal }));
  return { template: data, etag: etagOf(response) };
}

export function inspectionTemplateQueryKey(templateId: string) {
  return [...inspectionTemplatesQueryKey, 'detail', templateId] as const;
}

export function useInspectionTemplate(templateId: string | undefined) {
  return useQuery({
    ...queryOptions({
      queryKey: inspectionTemplateQueryKey(templateId ?? ''),
      queryFn: ({ signal }) => getInspectionTemplate(templateId ?? '', signal),
      // The builder starts from what is stored now.
      staleTime: 0,
      meta: { silent: true },
    }),
    enabled: templateId !== undefined,
  });
}
