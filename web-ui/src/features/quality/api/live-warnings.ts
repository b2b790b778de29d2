import { useQueryClient } from '@tanstack/react-query';
import { qualityWarningsQueryOptions } from '@/features/quality/api/get-quality-warnings';
import { type ServerEvent, useServerEvents } from '@/lib/server-events';

/** Whether a live event is a new quality warning of the project (QUALITY_WARNING, announced once by the API). */
export function isNewWarning(event: ServerEvent, projectId: string | undefined): boolean {
  return event.type === 'QUALITY_WARNING' && projectId !== undefined && event.projectId === projectId;
}

/** While mounted: a new warning of the project reloads the warnings list (and tells `onNew`, e.g. to highlight it). */
export function useLiveQualityWarnings(projectId: string | undefined, onNew?: (event: ServerEvent) => void) {
  const client = useQueryClient();
  useServerEvents((event) => {
    if (!isNewWarning(event, projectId) || projectId === undefined) return;
    void client.invalidateQueries({ queryKey: qualityWarningsQueryOptions(projectId).queryKey });
    onNew?.(event);
  });
}
