import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TodayOverview } from '@/app/routes/TodayOverview';
import { useMe } from '@/features/auth/api/get-me';
import { WelcomeCard } from '@/features/auth/components/WelcomeCard';
import { ProjectCards } from '@/features/projects/components/ProjectCards';
import { useCurrentProjectId } from '@/lib/selected-project';

/** 工作台: who I am, what needs doing now in the header's project, and my projects. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const projectId = useCurrentProjectId(me.data);
  if (!me.data) return null;
  const project = me.data.projects.find((candidate) => candidate.id === projectId);
  return (
    <>
      <WelcomeCard me={me.data} />
      {project && (
        <>
          <Typography.Title level={4} style={{ margin: '24px 0 12px' }}>
            {t('dashboard.todayTitle', { project: project.name })}
          </Typography.Title>
          <TodayOverview me={me.data} />
        </>
      )}
      <Typography.Title level={4} style={{ margin: '24px 0 12px' }}>
        {t('dashboard.yourProjects')}
      </Typography.Title>
      <ProjectCards />
    </>
  );
}
