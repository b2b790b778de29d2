import { Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '@/features/auth/api/get-me';
import { setSelectedProjectId, useSelectedProjectId } from '@/lib/selected-project';

/**
 * A page of one project's record, and the list of its section: switching project there leaves the record (the header
 * always names the project of what is on screen).
 */
const RECORD_PAGES: readonly (readonly [RegExp, string])[] = [
  [/^\/work-orders\/(?!new$|mine$|stats$|complaint-review$)[^/]+$/, '/work-orders'],
  [/^\/keys\/stocktakes\/[^/]+$/, '/keys/stocktakes'],
  [/^\/keys\/(?!desk$|overdue$|labels$|stocktakes$)[^/]+$/, '/keys'],
  [/^\/surveys\/campaigns\/[^/]+/, '/surveys'],
];

/** Where switching to another project goes from `pathname`: the other project's page, the section's list, or nowhere. */
export function pathAfterSwitch(pathname: string, projectId: string): string | undefined {
  if (/^\/projects\/[^/]+/.test(pathname)) return pathname.replace(/^\/projects\/[^/]+/, `/projects/${projectId}`);
  return RECORD_PAGES.find(([pattern]) => pattern.test(pathname))?.[1];
}

/**
 * The project the user works in (from GET /me). The header always names the project of what is on screen: a page of
 * one project's record selects its project (`useFollowProject`); switching on a project's page opens the other
 * project, on a record's page goes to the section's list, and a page that holds its project in the URL (`?project=`,
 * e.g. the statistics) follows.
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
        const target = pathAfterSwitch(pathname, projectId);
        if (target) void navigate(target);
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
