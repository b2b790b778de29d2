import { useMe } from '@/features/auth/api/get-me';
import { UsersPage } from '@/features/admin/routes/UsersPage';
import { ApiClientsPage } from '@/features/api-clients/routes/ApiClientsPage';
import { WebhooksPage } from '@/features/webhooks/routes/WebhooksPage';
import { NotFoundRoute } from '@/app/routes/NotFoundRoute';
import { ProjectsRoute } from '@/app/routes/ProjectRoute';

/** /admin/users — only for ADMIN (others get the not-found page, as the API would answer 403); projects for memberships come from me (ADMIN sees all). */
export function AdminUsersRoute() {
  const me = useMe();
  if (!me.data) return null;
  if (!me.data.roles.includes('ADMIN')) return <NotFoundRoute />;
  return <UsersPage projects={me.data.projects} currentUserId={me.data.id} />;
}

/** /admin/projects — the project list with "new project" (buildings, units and residents are managed on each project's page). */
export function AdminProjectsRoute() {
  const me = useMe();
  if (!me.data) return null;
  if (!me.data.roles.includes('ADMIN')) return <NotFoundRoute />;
  return <ProjectsRoute />;
}

/** /admin/webhooks — webhook subscriptions and their delivery logs (ADMIN). */
export function AdminWebhooksRoute() {
  const me = useMe();
  if (!me.data) return null;
  if (!me.data.roles.includes('ADMIN')) return <NotFoundRoute />;
  return <WebhooksPage projects={me.data.projects} />;
}

/** /admin/api-clients — integrations' service accounts (ADMIN only, like the API). */
export function AdminApiClientsRoute() {
  const me = useMe();
  if (!me.data) return null;
  if (!me.data.roles.includes('ADMIN')) return <NotFoundRoute />;
  return <ApiClientsPage projects={me.data.projects} />;
}
