import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { projectQueryOptions } from '@/features/projects/api/get-project';
import { readStatsState } from '@/features/work-orders/components/stats-period';
import { WorkOrderStatsPage } from '@/features/work-orders/routes/WorkOrderStatsPage';
import { useCurrentProjectId } from '@/lib/selected-project';

/** Loaded on demand (app-routes), so ECharts is fetched only by those who open the statistics. */
export function WorkOrderStatsRoute() {
  const me = useMe();
  const [params] = useSearchParams();
  const current = useCurrentProjectId(me.data);
  const wanted = readStatsState(params).projectId;
  const projectId = me.data?.projects.some((project) => project.id === wanted) ? wanted : current;
  // Periods are whole days where the project is; if its details cannot be read, the browser's zone will do.
  const project = useQuery({ ...projectQueryOptions(projectId ?? ''), enabled: projectId !== undefined });
  const timeZone = project.data?.timezone ?? (project.isError ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined);
  return <WorkOrderStatsPage projects={me.data?.projects ?? []} projectId={projectId} timeZone={timeZone} />;
}
