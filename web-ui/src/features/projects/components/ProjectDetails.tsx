import { Card, Col, Descriptions, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Project } from '@/features/projects/api/list-projects';
import { formatDateTime } from '@/lib/format';

export function ProjectDetails({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]} align="middle">
        <Col xs={24} lg={16}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'code', label: t('projects.code'), children: project.code },
              { key: 'timezone', label: t('projects.timezone'), children: project.timezone },
              { key: 'address', label: t('projects.address'), children: project.address ?? '—' },
              {
                key: 'createdAt',
                label: t('projects.createdAt'),
                children: formatDateTime(project.createdAt, i18n.language, project.timezone),
              },
            ]}
          />
        </Col>
        <Col xs={12} lg={4}>
          <Statistic title={t('projects.buildings')} value={project.buildingCount} />
        </Col>
        <Col xs={12} lg={4}>
          <Statistic title={t('projects.units')} value={project.unitCount} />
        </Col>
      </Row>
    </Card>
  );
}
