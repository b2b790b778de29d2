import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { workingCalendarQueryKey, type WorkingCalendar } from '@/features/work-orders/api/get-working-calendar';
import { storeAnswer } from '@/lib/query-cache';

/** POST /api/v1/projects/{projectId}/calendar-imports — a year as text ("2027-10-01~2027-10-07 休 国庆节") replaces that year (MANAGER, ADMIN). */
export async function importWorkingCalendar(projectId: string, year: number, text: string): Promise<WorkingCalendar> {
  const { data } = await unwrap(api.POST('/api/v1/projects/{projectId}/calendar-imports', { params: { path: { projectId } }, body: { year, text } }));
  return data;
}

export function useImportWorkingCalendar(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, text }: { year: number; text: string }) => importWorkingCalendar(projectId, year, text),
    meta: { handledStatuses: [400] },
    onSuccess: (calendar) => storeAnswer(queryClient, workingCalendarQueryKey(projectId, calendar.year), calendar),
  });
}
