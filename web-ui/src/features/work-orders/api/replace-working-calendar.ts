import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { workingCalendarQueryKey, type CalendarDay, type WorkingCalendar } from '@/features/work-orders/api/get-working-calendar';
import { storeAnswer } from '@/lib/query-cache';

/** PUT /api/v1/projects/{projectId}/calendar?year= — replaces that year's exceptions (MANAGER, ADMIN). */
export async function replaceWorkingCalendar(projectId: string, year: number, days: CalendarDay[]): Promise<WorkingCalendar> {
  const { data } = await unwrap(
    api.PUT('/api/v1/projects/{projectId}/calendar', { params: { path: { projectId }, query: { year } }, body: { days } }),
  );
  return data;
}

export function useReplaceWorkingCalendar(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, days }: { year: number; days: CalendarDay[] }) => replaceWorkingCalendar(projectId, year, days),
    meta: { handledStatuses: [400] },
    onSuccess: (calendar) => storeAnswer(queryClient, workingCalendarQueryKey(projectId, calendar.year), calendar),
  });
}
