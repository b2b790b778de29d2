import { useMe } from '@/features/auth/api/get-me';
import { ProjectPage } from '@/features/projects/routes/ProjectPage';

/** Buildings and units can be added and edited by ADMIN only (the API enforces it too). */
export function ProjectRoute() {
  const me = useMe();
  return <ProjectPage canManage={me.data?.roles.includes('ADMIN') ?? false} />;
}
