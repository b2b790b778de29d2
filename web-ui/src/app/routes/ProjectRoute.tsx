import { ClockCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { ProjectPage } from '@/features/projects/routes/ProjectPage';

/** Buildings and units can be added and edited by ADMIN only (the API enforces it too). */
export function ProjectRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const { projectId = '' } = useParams();
  return (
    <ProjectPage
      canManage={me.data?.roles.includes('ADMIN') ?? false}
      extra={
        <Link to={`/projects/${projectId}/sla`}>
          <Button icon={<ClockCircleOutlined />}>{t('workOrders.slaSettings.title')}</Button>
        </Link>
      }
    />
  );
}
