import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { ProjectFormModal } from '@/features/projects/components/ProjectFormModal';
import { ProjectsTable } from '@/features/projects/components/ProjectsTable';

/** /projects — the caller's projects; an administrator also creates them here (`canManage`). */
export function ProjectsPage({ canManage = false, onSaved }: { canManage?: boolean; onSaved?: () => void }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('nav.projects')}
        subTitle={t('projects.subtitle')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-project">
              {t('projectAdmin.new')}
            </Button>
          )
        }
      />
      <ProjectsTable />
      {canManage && <ProjectFormModal open={creating} onClose={() => setCreating(false)} onSaved={onSaved} />}
    </>
  );
}
