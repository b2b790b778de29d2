import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { getToken } from '@/lib/auth-storage';
import { ApiError, NetworkError, isProblem } from '@/lib/problem';

export type Attachment = Schemas['Attachment'];
export type WorkOrderStage = Schemas['WorkOrderAttachmentStage'];
export type InspectionStage = Schemas['InspectionAttachmentStage'];

/**
 * Where files are attached: a work order (with the stage the photos were taken at), a key deposit, or one check
 * point's result of an inspection (BEFORE: as the inspector found it; AFTER: evidence at re-inspection).
 */
export type AttachmentTarget =
  | { kind: 'workOrder'; workOrderId: string; stage: WorkOrderStage }
  | { kind: 'keyDeposit'; keyId: string; depositId: string }
  | { kind: 'inspectionResult'; inspectionId: string; resultId: string; stage: InspectionStage };

export function workOrderAttachmentsQueryKey(workOrderId: string) {
  return ['work-orders', workOrderId, 'attachments'] as const;
}

/** GET /api/v1/work-orders/{workOrderId}/attachments — oldest first. */
export function workOrderAttachmentsQueryOptions(workOrderId: string) {
  return queryOptions({
    queryKey: workOrderAttachmentsQueryKey(workOrderId),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/work-orders/{workOrderId}/attachments', { params: { path: { workOrderId } }, signal }))).data.items,
  });
}

export function useWorkOrderAttachments(workOrderId: string) {
  return useQuery(workOrderAttachmentsQueryOptions(workOrderId));
}

/** GET /api/v1/keys/{keyId}/deposits/{depositId}/attachments. */
export function useKeyDepositAttachments(keyId: string, depositId: string | undefined) {
  return useQuery({
    queryKey: ['keys', keyId, 'deposits', depositId, 'attachments'],
    enabled: depositId !== undefined,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/api/v1/keys/{keyId}/deposits/{depositId}/attachments', { params: { path: { keyId, depositId: depositId ?? '' } }, signal }),
        )
      ).data.items,
  });
}

export function inspectionResultAttachmentsQueryKey(inspectionId: string, resultId: string) {
  return ['inspections', inspectionId, 'results', resultId, 'attachments'] as const;
}

/** GET /api/v1/inspections/{inspectionId}/results/{resultId}/attachments — oldest first. */
export function useInspectionResultAttachments(inspectionId: string, resultId: string, enabled = true) {
  return useQuery({
    queryKey: inspectionResultAttachmentsQueryKey(inspectionId, resultId),
    enabled,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/api/v1/inspections/{inspectionId}/results/{resultId}/attachments', { params: { path: { inspectionId, resultId } }, signal }),
        )
      ).data.items,
  });
}

function uploadUrl(target: AttachmentTarget): string {
  if (target.kind === 'workOrder') {
    return `/api/v1/work-orders/${encodeURIComponent(target.workOrderId)}/attachments?stage=${target.stage}`;
  }
  if (target.kind === 'inspectionResult') {
    return `/api/v1/inspections/${encodeURIComponent(target.inspectionId)}/results/${encodeURIComponent(target.resultId)}/attachments?stage=${target.stage}`;
  }
  return `/api/v1/keys/${encodeURIComponent(target.keyId)}/deposits/${encodeURIComponent(target.depositId)}/attachments`;
}

/**
 * POST one file as multipart/form-data, reporting upload progress (0–1). XMLHttpRequest, because fetch cannot
 * report how much of a request body has been sent. Rejects with an ApiError (problem details) or a NetworkError.
 */
export function uploadAttachment(target: AttachmentTarget, file: Blob, fileName: string, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Attachment[]> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadUrl(target));
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    const language = document.documentElement.lang;
    if (language) xhr.setRequestHeader('Accept-Language', language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve((body as { items: Attachment[] }).items);
      } else {
        reject(new ApiError(xhr.status, isProblem(body) ? body : undefined));
      }
    };
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    xhr.onabort = () => reject(new NetworkError(new Error('upload aborted')));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('files', file, fileName);
    xhr.send(form);
  });
}

/**
 * A file's bytes (or its thumbnail) as an object URL: images need the bearer token, which an <img src> cannot send.
 * Cached by TanStack Query; the URL lives as long as the page (files never change).
 */
export function useFileUrl(fileId: string, variant: 'file' | 'thumbnail', enabled = true) {
  return useQuery({
    queryKey: ['files', fileId, variant],
    enabled,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    queryFn: async ({ signal }) => {
      const path = variant === 'file' ? `/api/v1/files/${fileId}` : `/api/v1/files/${fileId}/thumbnail`;
      const token = getToken();
      const response = await fetch(path, { signal, headers: token ? { Authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw new ApiError(response.status, undefined);
      return URL.createObjectURL(await response.blob());
    },
  });
}
