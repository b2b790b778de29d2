import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { ProjectsTable } from '@/features/projects/components/ProjectsTable';

export function ProjectsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.projects')} subTitle={t('projects.subtitle')} />
      <ProjectsTable />
    </>
  );
}
