import { ApartmentOutlined, HomeOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useProjects } from '@/features/projects/api/list-projects';
import { useSelectedProjectId } from '@/lib/selected-project';

/** One card per project the user may see: name, code, building and unit counts. */
export function ProjectCards() {
  const { t } = useTranslation();
  const projects = useProjects();
  const selectedId = useSelectedProjectId();

  if (projects.isPending) {
    return (
      <Row gutter={[16, 16]}>
        {[0, 1].map((key) => (
          <Col key={key} xs={24} sm={12} xl={8}>
            <Card>
              <Skeleton active paragraph={{ rows: 2 }} />
            </Card>
          </Col>
        ))}
      </Row>
    );
  }
  if (projects.isError) return <QueryErrorResult error={projects.error} onRetry={() => void projects.refetch()} />;

  const items = projects.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <Card>
        <Empty description={t('projects.none')} />
      </Card>
    );
  }
  return (
    <Row gutter={[16, 16]}>
      {items.map((project) => (
        <Col key={project.id} xs={24} sm={12} xl={8}>
          <Link to={`/projects/${project.id}`} aria-label={project.name} data-testid="project-card">
            <Card hoverable style={project.id === selectedId ? { borderColor: '#91caff' } : undefined}>
              <Flex justify="space-between" align="start" gap={8}>
                <div style={{ minWidth: 0 }}>
                  <Typography.Title level={5} style={{ margin: 0 }} ellipsis>
                    {project.name}
                  </Typography.Title>
                  <Tag style={{ marginTop: 4 }}>{project.code}</Tag>
                </div>
                <RightOutlined style={{ color: '#bfbfbf', marginTop: 6 }} />
              </Flex>
              <Row gutter={16} style={{ marginTop: 16 }}>
                <Col span={12}>
                  <Statistic title={t('projects.buildings')} value={project.buildingCount} prefix={<ApartmentOutlined />} />
                </Col>
                <Col span={12}>
                  <Statistic title={t('projects.units')} value={project.unitCount} prefix={<HomeOutlined />} />
                </Col>
              </Row>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
