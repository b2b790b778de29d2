import { useParams, type RouteObject } from 'react-router';
import { AppShell } from '@/app/layout/AppShell';
import { RequireAuth } from '@/app/layout/RequireAuth';
import { DashboardRoute } from '@/app/routes/DashboardRoute';
import type * as InspectionRoutes from '@/app/routes/InspectionRoutes';
import type * as KeyRoutes from '@/app/routes/KeyRoutes';
import { LoginRoute } from '@/app/routes/LoginRoute';
import { NotFoundRoute } from '@/app/routes/NotFoundRoute';
import { AdminApiClientsRoute, AdminProjectsRoute, AdminUsersRoute, AdminWebhooksRoute } from '@/app/routes/AdminRoutes';
import { ProjectRoute, ProjectsRoute } from '@/app/routes/ProjectRoute';
import { SlaSettingsRoute } from '@/app/routes/SlaSettingsRoute';
import { ComplaintReviewRoute, MyWorkOrdersRoute, NewWorkOrderRoute, WorkOrderRoute, WorkOrdersRoute } from '@/app/routes/WorkOrderRoutes';
import { SurveyCampaignRoute, SurveyCampaignsRoute, SurveyCommentsRoute, SurveyTemplateRoute, SurveyTemplatesRoute } from '@/app/routes/SurveyRoutes';
import { PublicSurveyPage } from '@/features/public-survey/routes/PublicSurveyPage';

/** A survey link followed inside the staff app (a page load of `/s/…` gets the small PublicApp instead: main.tsx). */
function PublicSurveyRoute() {
  const { token = '' } = useParams();
  return <PublicSurveyPage token={token} />;
}

/** A key screen, loaded on first use (the module is its own chunk). */
const keyScreen = (name: keyof typeof KeyRoutes) => async () => ({
  Component: (await import('@/app/routes/KeyRoutes'))[name],
});

/** A quality-supervision screen, loaded on first use (the module is its own chunk). */
const inspectionScreen = (name: keyof typeof InspectionRoutes) => async () => ({
  Component: (await import('@/app/routes/InspectionRoutes'))[name],
});

export const appRoutes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  // A resident's survey link: no login, none of the staff shell.
  { path: '/s/:token', element: <PublicSurveyRoute /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: 'work-orders', element: <WorkOrdersRoute /> },
      { path: 'work-orders/new', element: <NewWorkOrderRoute /> },
      { path: 'work-orders/mine', element: <MyWorkOrdersRoute /> },
      { path: 'work-orders/stats', lazy: async () => ({ Component: (await import('@/app/routes/WorkOrderStatsRoute')).WorkOrderStatsRoute }) },
      { path: 'work-orders/complaint-review', element: <ComplaintReviewRoute /> },
      { path: 'work-orders/:workOrderId', element: <WorkOrderRoute /> },
      { path: 'keys', lazy: keyScreen('KeysRoute') },
      { path: 'keys/desk', lazy: keyScreen('CheckoutDeskRoute') },
      { path: 'keys/overdue', lazy: keyScreen('OverdueKeysRoute') },
      { path: 'keys/labels', lazy: keyScreen('KeyLabelsRoute') },
      { path: 'keys/stocktakes', lazy: keyScreen('StocktakesRoute') },
      { path: 'keys/stocktakes/:stocktakeId', lazy: keyScreen('StocktakeRoute') },
      { path: 'keys/:keyId', lazy: keyScreen('KeyRoute') },
      { path: 'surveys', element: <SurveyCampaignsRoute /> },
      { path: 'surveys/templates', element: <SurveyTemplatesRoute /> },
      { path: 'surveys/templates/new', element: <SurveyTemplateRoute /> },
      { path: 'surveys/templates/:templateId', element: <SurveyTemplateRoute /> },
      { path: 'surveys/campaigns/:campaignId', element: <SurveyCampaignRoute /> },
      { path: 'surveys/campaigns/:campaignId/results', lazy: async () => ({ Component: (await import('@/app/routes/SurveyResultsRoute')).SurveyResultsRoute }) },
      { path: 'surveys/campaigns/:campaignId/comments', element: <SurveyCommentsRoute /> },
      { path: 'inspections', lazy: inspectionScreen('InspectionsRoute') },
      { path: 'inspections/new', lazy: inspectionScreen('NewInspectionRoute') },
      { path: 'inspections/monthly', lazy: inspectionScreen('MonthlyBriefRoute') },
      { path: 'inspections/today', lazy: inspectionScreen('TodayTasksRoute') },
      { path: 'inspections/tasks', lazy: inspectionScreen('TasksRoute') },
      { path: 'inspections/plans', lazy: inspectionScreen('PlansRoute') },
      { path: 'inspections/vacant-units', lazy: inspectionScreen('VacantUnitsRoute') },
      { path: 'inspections/templates', lazy: inspectionScreen('InspectionTemplatesRoute') },
      { path: 'inspections/templates/new', lazy: inspectionScreen('InspectionTemplateRoute') },
      { path: 'inspections/templates/:templateId', lazy: inspectionScreen('InspectionTemplateRoute') },
      { path: 'inspections/:inspectionId', lazy: inspectionScreen('InspectionRoute') },
      { path: 'inspections/:inspectionId/report', lazy: inspectionScreen('InspectionReportRoute') },
      { path: 'rectifications', lazy: inspectionScreen('RectificationsRoute') },
      { path: 'quality', lazy: async () => ({ Component: (await import('@/app/routes/QualityRoutes')).QualityRoute }) },
      { path: 'quality/portfolio', lazy: async () => ({ Component: (await import('@/app/routes/QualityRoutes')).PortfolioRoute }) },
      { path: 'quality/reports', lazy: async () => ({ Component: (await import('@/app/routes/QualityRoutes')).QualityReportsRoute }) },
      { path: 'projects', element: <ProjectsRoute /> },
      { path: 'projects/:projectId', element: <ProjectRoute /> },
      { path: 'projects/:projectId/sla', element: <SlaSettingsRoute /> },
      { path: 'admin/users', element: <AdminUsersRoute /> },
      { path: 'admin/projects', element: <AdminProjectsRoute /> },
      { path: 'admin/webhooks', element: <AdminWebhooksRoute /> },
      { path: 'admin/api-clients', element: <AdminApiClientsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
