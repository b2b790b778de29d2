import { ClockCircleOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { meQueryKey, useMe } from '@/features/auth/api/get-me';
import { ImportPanel } from '@/features/imports/components/ImportPanel';
import { unitsQueryKey } from '@/features/projects/api/list-units';
import { ProjectPage } from '@/features/projects/routes/ProjectPage';
import { ProjectsPage } from '@/features/projects/routes/ProjectsPage';

/**
 * Projects, buildings and units are changed by ADMIN only; residents also by the desk and managers (the API enforces
 * both). Administrators also get the 批量导入 tab (units and residents from a spreadsheet).
 */
export function ProjectRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const { projectId = '' } = useParams();
  const roles = me.data?.roles ?? [];
  const isAdmin = roles.includes('ADMIN');
  return (
    <ProjectPage
      canManage={isAdmin}
      extraTabs={
        isAdmin
          ? [
              {
                key: 'import',
                label: t('imports.tab'),
                children: (
                  <ImportPanel
                    projectId={projectId}
                    onImported={() => {
                      void queryClient.invalidateQueries({ queryKey: unitsQueryKey(projectId) });
                      void queryClient.invalidateQueries({ queryKey: meQueryKey });
                    }}
                  />
                ),
              },
            ]
          : []
      }
      canManageResidents={roles.some((role) => role === 'ADMIN' || role === 'MANAGER' || role === 'AGENT')}
      onSaved={() => void queryClient.invalidateQueries({ queryKey: meQueryKey })}
      extra={
        <Link to={`/projects/${projectId}/sla`}>
          <Button icon={<ClockCircleOutlined />}>{t('workOrders.slaSettings.title')}</Button>
        </Link>
      }
    />
  );
}

/** /projects — an administrator also creates projects here; the project switcher learns about a new one at once. */
export function ProjectsRoute() {
  const me = useMe();
  const queryClient = useQueryClient();
  return (
    <ProjectsPage
      canManage={me.data?.roles.includes('ADMIN') ?? false}
      onSaved={() => void queryClient.invalidateQueries({ queryKey: meQueryKey })}
    />
  );
}
