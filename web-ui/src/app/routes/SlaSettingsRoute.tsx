import { useParams } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { SlaSettingsPage } from '@/features/work-orders/routes/SlaSettingsPage';
import { useFollowProject } from '@/lib/selected-project';

/** Everyone in the project reads the SLA settings; MANAGER and ADMIN change them (the API enforces it too). */
export function SlaSettingsRoute() {
  const me = useMe();
  const { projectId = '' } = useParams();
  const project = me.data?.projects.find((candidate) => candidate.id === projectId);

  useFollowProject(project?.id);

  const canEdit = me.data?.roles.some((role) => role === 'MANAGER' || role === 'ADMIN') ?? false;
  return <SlaSettingsPage key={projectId} projectId={projectId} projectName={project?.name} canEdit={canEdit} />;
}
