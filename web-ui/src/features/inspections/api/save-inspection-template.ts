import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inspectionTemplateQueryKey, type InspectionTemplateDraft, type VersionedInspectionTemplate } from '@/features/inspections/api/get-inspection-template';
import { inspectionTemplatesQueryKey } from '@/features/inspections/api/keys';
import { api, etagOf, unwrap } from '@/lib/api/client';
import { storeAnswer } from '@/lib/query-cache';

/** POST /api/v1/inspection-templates (ADMIN): a new rubric, as a draft. */
export async function createInspectionTemplate(body: InspectionTemplateDraft, idempotencyKey: string): Promise<VersionedInspectionTemplate> {
  const { data, response } = await unwrap(api.POST('/api/v1/inspection-templates', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
  return { template: data, etag: etagOf(response) };
}

/** PUT /api/v1/inspection-templates/{id}/draft (ADMIN, If-Match): the pending draft; published versions never change. */
export async function saveInspectionTemplateDraft(templateId: string, body: InspectionTemplateDraft, ifMatch: string): Promise<VersionedInspectionTemplate> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/inspection-templates/{inspectionTemplateId}/draft', { params: { path: { inspectionTemplateId: templateId }, header: { 'If-Match': ifMatch } }, body }),
  );
  return { template: data, etag: etagOf(response) };
}

/** POST /api/v1/inspection-templates/{id}/publish (ADMIN, If-Match): the draft becomes the next immutable version. */
export async function publishInspectionTemplate(templateId: string, ifMatch: string): Promise<VersionedInspectionTemplate> {
  const { data, response } = await unwrap(
    api.POST('/api/v1/inspection-templates/{inspectionTemplateId}/publish', { params: { path: { inspectionTemplateId: templateId }, header: { 'If-Match': ifMatch } } }),
  );
  return { template: data, etag: etagOf(response) };
}

/** One mutation for the builder's writes: afterwards the template's cache holds the answer and the lists reload. */
export function useTemplateWrite<V>(fn: (variables: V) => Promise<VersionedInspectionTemplate>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Field errors (400), "no draft" (409) and "someone else changed it" (412, 428) are shown by the builder.
    meta: { handledStatuses: [400, 409, 412, 428] },
    onSuccess: async (saved) => {
      await storeAnswer(queryClient, inspectionTemplateQueryKey(saved.template.id), saved);
      return queryClient.invalidateQueries({ queryKey: [...inspectionTemplatesQueryKey, 'list'] });
    },
  });
}
