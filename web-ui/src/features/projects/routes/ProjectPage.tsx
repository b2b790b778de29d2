import { Button, Card, Skeleton, Space, Tabs, Tag } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useProject } from '@/features/projects/api/get-project';
import { BuildingsTable } from '@/features/projects/components/BuildingsTable';
import { ProjectDetails } from '@/features/projects/components/ProjectDetails';
import { ProjectFormModal } from '@/features/projects/components/ProjectFormModal';
import { UNIT_PARAMS, UnitsPanel } from '@/features/projects/components/UnitsPanel';
import { useFollowProject } from '@/lib/selected-project';

const TABS = ['units', 'buildings'] as const;
type Tab = string;

/** A tab another feature adds to the project page (composed in the app layer, e.g. the import for administrators). */
export type ProjectTab = { key: string; label: ReactNode; children: ReactNode };

/**
 * /projects/:projectId — details, then units and buildings (the tab is in the URL); `extra`: links to other modules'
 * pages of the project; `extraTabs`: tabs of other features after those.
 */
export function ProjectPage({
  canManage,
  canManageResidents = canManage,
  extra,
  extraTabs = [],
  onSaved,
}: {
  canManage: boolean;
  canManageResidents?: boolean;
  extra?: ReactNode;
  extraTabs?: ProjectTab[];
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = [...TABS, ...extraTabs.map((extraTab) => extraTab.key)].find((candidate) => candidate === tabParam) ?? 'units';
  const project = useProject(projectId);
  const [editing, setEditing] = useState(false);

  useFollowProject(project.data?.id);

  const setTab = (next: Tab, extra: Record<string, string> = {}) => {
    const search = new URLSearchParams();
    if (next !== 'units') search.set('tab', next);
    for (const [key, value] of Object.entries(extra)) search.set(key, value);
    setParams(search);
  };

  if (project.isError) {
    return (
      <Card>
        <QueryErrorResult error={project.error} onRetry={() => void project.refetch()} />
      </Card>
    );
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: t('nav.projects'), to: '/projects' }, { title: project.data?.name ?? '…' }]}
        title={
          project.data ? (
            <>
              {project.data.name} <Tag style={{ verticalAlign: 'middle' }}>{project.data.code}</Tag>
            </>
          ) : (
            <Skeleton.Input active size="small" />
          )
        }
        extra={
          <Space wrap>
            {canManage && project.data && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-project">
                {t('common.edit')}
              </Button>
            )}
            {extra}
          </Space>
        }
      />
      {canManage && project.data && (
        <ProjectFormModal project={project.data} open={editing} onClose={() => setEditing(false)} onSaved={onSaved} />
      )}
      {project.data ? <ProjectDetails project={project.data} /> : <Card loading style={{ marginBottom: 16 }} />}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key)}
          items={[
            {
              key: 'units',
              label: t('projects.unitsTab'),
              children: <UnitsPanel projectId={projectId} canManage={canManage} canManageResidents={canManageResidents} />,
            },
            {
              key: 'buildings',
              label: t('projects.buildingsTab'),
              children: (
                <BuildingsTable
                  projectId={projectId}
                  canManage={canManage}
                  onShowUnits={(buildingId) => setTab('units', { [UNIT_PARAMS.building]: buildingId })}
                />
              ),
            },
            ...extraTabs,
          ]}
        />
      </Card>
    </>
  );
}
