import { useMe } from '@/features/auth/api/get-me';
import { InspectionPage } from '@/features/inspections/routes/InspectionPage';
import { InspectionReportPage } from '@/features/inspections/routes/InspectionReportPage';
import { InspectionsPage } from '@/features/inspections/routes/InspectionsPage';
import { MonthlyBriefPage } from '@/features/inspections/routes/MonthlyBriefPage';
import { InspectionTemplatePage } from '@/features/inspections/routes/InspectionTemplatePage';
import { InspectionTemplatesPage } from '@/features/inspections/routes/InspectionTemplatesPage';
import { NewInspectionPage } from '@/features/inspections/routes/NewInspectionPage';
import { PlansPage } from '@/features/inspections/routes/PlansPage';
import { TasksPage } from '@/features/inspections/routes/TasksPage';
import { TodayTasksPage } from '@/features/inspections/routes/TodayTasksPage';
import { VacantUnitsPage } from '@/features/inspections/routes/VacantUnitsPage';
import { RectificationsPage } from '@/features/inspections/routes/RectificationsPage';
import { canEditInspectionTemplates, canInspect } from '@/app/routes/inspection-access';
import { canManageKeys } from '@/app/routes/key-access';
import { useCurrentProjectId } from '@/lib/selected-project';

export function InspectionsRoute() {
  const me = useMe();
  return <InspectionsPage projectId={useCurrentProjectId(me.data)} projects={me.data?.projects ?? []} canInspect={canInspect(me.data)} />;
}

export function NewInspectionRoute() {
  const me = useMe();
  return <NewInspectionPage projects={me.data?.projects ?? []} projectId={useCurrentProjectId(me.data)} />;
}

export function InspectionRoute() {
  const me = useMe();
  return <InspectionPage meId={me.data?.id ?? ''} canManage={canInspect(me.data)} projects={me.data?.projects ?? []} />;
}

export function InspectionReportRoute() {
  const me = useMe();
  return <InspectionReportPage projects={me.data?.projects ?? []} />;
}

export function MonthlyBriefRoute() {
  const me = useMe();
  return <MonthlyBriefPage projects={me.data?.projects ?? []} />;
}

export function RectificationsRoute() {
  const me = useMe();
  return <RectificationsPage projectId={useCurrentProjectId(me.data)} canReinspect={canInspect(me.data)} />;
}

export function TodayTasksRoute() {
  const me = useMe();
  return <TodayTasksPage projectId={useCurrentProjectId(me.data)} meId={me.data?.id ?? ''} />;
}

export function TasksRoute() {
  const me = useMe();
  return <TasksPage projectId={useCurrentProjectId(me.data)} />;
}

export function PlansRoute() {
  const me = useMe();
  return <PlansPage projectId={useCurrentProjectId(me.data)} canEdit={canInspect(me.data)} />;
}

export function VacantUnitsRoute() {
  const me = useMe();
  return <VacantUnitsPage projectId={useCurrentProjectId(me.data)} canManage={canInspect(me.data)} canLendKeys={canManageKeys(me.data)} />;
}

export function InspectionTemplatesRoute() {
  const me = useMe();
  return <InspectionTemplatesPage canEdit={canEditInspectionTemplates(me.data)} />;
}

export function InspectionTemplateRoute() {
  const me = useMe();
  return <InspectionTemplatePage canEdit={canEditInspectionTemplates(me.data)} />;
}
