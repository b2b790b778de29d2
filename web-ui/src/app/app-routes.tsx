import type { RouteObject } from 'react-router';
import { AppShell } from '@/app/layout/AppShell';
import { RequireAuth } from '@/app/layout/RequireAuth';
import { DashboardRoute } from '@/app/routes/DashboardRoute';
import { LoginRoute } from '@/app/routes/LoginRoute';
import { ModuleRoute } from '@/app/routes/ModuleRoute';
import { NotFoundRoute } from '@/app/routes/NotFoundRoute';
import { ProjectRoute } from '@/app/routes/ProjectRoute';
import { MyWorkOrdersRoute, NewWorkOrderRoute, WorkOrderRoute, WorkOrdersRoute } from '@/app/routes/WorkOrderRoutes';
import { ProjectsPage } from '@/features/projects/routes/ProjectsPage';

export const appRoutes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
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
      { path: 'work-orders/:workOrderId', element: <WorkOrderRoute /> },
      { path: 'keys/*', element: <ModuleRoute titleKey="nav.keys" /> },
      { path: 'surveys/*', element: <ModuleRoute titleKey="nav.surveys" /> },
      { path: 'projects', element: <ProjectsPage /> },
      { path: 'projects/:projectId', element: <ProjectRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
