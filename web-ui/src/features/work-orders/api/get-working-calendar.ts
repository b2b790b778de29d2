import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type WorkingCalendar = Schemas['WorkingCalendar'];
export type CalendarDay = Schemas['CalendarDay'];

/** GET /api/v1/projects/{projectId}/calendar?year= — the year's holidays and make-up working days (调休). */
export async function getWorkingCalendar(projectId: string, year: number, signal?: AbortSignal): Promise<WorkingCalendar> {
  const { data } = await unwrap(api.GET('/api/v1/projects/{projectId}/calendar', { params: { path: { projectId }, query: { year } }, signal }));
  return data;
}

export function workingCalendarQueryKey(projectId: string, year: number) {
  return ['projects', projectId, 'calendar', year] as const;
}

export function workingCalendarQueryOptions(projectId: string, year: number) {
  return queryOptions({
    queryKey: workingCalendarQueryKey(projectId, year),
    queryFn: ({ signal }) => getWorkingCalendar(projectId, year, signal),
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

export function useWorkingCalendar(projectId: string, year: number) {
  return useQuery(workingCalendarQueryOptions(projectId, year));
}
