import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth/api/get-me';
import { WelcomeCard } from '@/features/auth/components/WelcomeCard';
import { ProjectCards } from '@/features/projects/components/ProjectCards';

export function DashboardRoute() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return null;
  return (
    <>
      <WelcomeCard me={me.data} />
      <Typography.Title level={4} style={{ margin: '24px 0 12px' }}>
        {t('dashboard.yourProjects')}
      </Typography.Title>
      <ProjectCards />
    </>
  );
}
