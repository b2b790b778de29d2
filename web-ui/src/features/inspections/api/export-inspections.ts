import { api, unwrap } from '@/lib/api/client';
import { exportedFile, reportLanguageOf, type ExportedFile, type ExportFormat } from '@/lib/download';
import type { InspectionFilters } from '@/features/inspections/api/list-inspections';
import type { RectificationFilters } from '@/features/inspections/api/rectifications';

function present<T extends object>(filters: T): Partial<T> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as Partial<T>;
}

/** GET /api/v1/inspections/export?format&lang&… — the inspection list with its filters, the rubric in the UI's language. */
export async function exportInspections(filters: InspectionFilters, format: ExportFormat, language: string): Promise<ExportedFile> {
  const query = { format, lang: reportLanguageOf(language), ...present(filters) };
  return exportedFile(await unwrap(api.GET('/api/v1/inspections/export', { params: { query }, parseAs: 'blob' })), `inspections.${format}`);
}

/** GET /api/v1/rectifications/export?format&lang&… — the register (整改台账) with its filters. */
export async function exportRectifications(filters: RectificationFilters, format: ExportFormat, language: string): Promise<ExportedFile> {
  const query = { format, lang: reportLanguageOf(language), ...present(filters) };
  return exportedFile(await unwrap(api.GET('/api/v1/rectifications/export', { params: { query }, parseAs: 'blob' })), `rectifications.${format}`);
}
