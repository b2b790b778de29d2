import { Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '@/features/auth/api/get-me';
import { setSelectedProjectId, useSelectedProjectId } from '@/lib/selected-project';

/**
 * The project the user works in (from GET /me). On a project's page, switching opens the other
 * project; a page that holds its project in the URL (`?project=`, e.g. the statistics) follows.
 */
export function ProjectSwitcher({ me, width }: { me: Me; width: number | string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params, setParams] = useSearchParams();
  const selected = useSelectedProjectId();
  const valid = me.projects.some((project) => project.id === selected);
  const value = valid ? selected : (me.projects[0]?.id ?? null);

  useEffect(() => {
    if (!valid) setSelectedProjectId(me.projects[0]?.id ?? null);
  }, [valid, me.projects]);

  if (me.projects.length === 0) return null;
  return (
    <Select
      value={value}
      style={{ width, minWidth: 0 }}
      aria-label={t('header.project')}
      popupMatchSelectWidth={false}
      showSearch={me.projects.length > 6}
      optionFilterProp="label"
      data-testid="project-switcher"
      onChange={(projectId: string) => {
        setSelectedProjectId(projectId);
        if (/^\/projects\/[^/]+/.test(pathname)) void navigate(pathname.replace(/^\/projects\/[^/]+/, `/projects/${projectId}`));
        else if (params.has('project')) {
          const next = new URLSearchParams(params);
          next.set('project', projectId);
          setParams(next, { replace: true });
        }
      }}
      options={me.projects.map((project) => ({ value: project.id, label: `${project.code} · ${project.name}` }))}
    />
  );
}
