import { api, unwrap, type Schemas } from '@/lib/api/client';
import { getToken } from '@/lib/auth-storage';
import { exportedFile, type ExportedFile, type ExportFormat } from '@/lib/download';
import { ApiError, NetworkError, isProblem } from '@/lib/problem';

export type ImportResult = Schemas['ImportResult'];
export type ImportRowError = Schemas['ImportRowError'];

/**
 * POST /api/v1/projects/{projectId}/imports?dryRun= — the file as multipart/form-data (`file`). A dry run checks every
 * row and writes nothing; the real run writes all rows or none (and answers the first import for a file sent again).
 */
export async function runImport(projectId: string, file: Blob, fileName: string, dryRun: boolean, signal?: AbortSignal): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file, fileName);
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const language = typeof document === 'undefined' ? '' : document.documentElement.lang;
  if (language) headers['Accept-Language'] = language;
  let response: Response;
  try {
    response = await globalThis.fetch(`${window.location.origin}/api/v1/projects/${encodeURIComponent(projectId)}/imports?dryRun=${dryRun}`, {
      method: 'POST',
      headers,
      body: form,
      signal,
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) throw new ApiError(response.status, isProblem(body) ? body : undefined);
  return body as ImportResult;
}

/** GET /api/v1/projects/{projectId}/imports/template?format= — the template with two example rows. */
export async function downloadImportTemplate(projectId: string, format: ExportFormat): Promise<ExportedFile> {
  const answer = await unwrap(
    api.GET('/api/v1/projects/{projectId}/imports/template', { params: { path: { projectId }, query: { format } }, parseAs: 'blob' }),
  );
  return exportedFile(answer, `import-template.${format}`);
}
