import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Grid, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FilterRow, SelectFilter } from '@/components/FilterBar';
import { ExportButton } from '@/components/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { useFormatShortDateTime, useTimeZone } from '@/components/TimeZone';
import { useInspectionTemplates } from '@/features/inspections/api/list-inspection-templates';
import { useInspections, type InspectionFilters, type InspectionSummary } from '@/features/inspections/api/list-inspections';
import { GRADES, GradeTag, useLocalized } from '@/features/inspections/components/labels';
import { ListView } from '@/features/inspections/components/ListView';
import { useLiveInspections } from '@/features/inspections/api/live-updates';
import type { Schemas } from '@/lib/api/client';
import { addDays, startOfDayIn } from '@/lib/dates';
import { useUpdateSearchParams } from '@/lib/search-params';
import { exportInspections } from '@/features/inspections/api/export-inspections';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values.includes(value as T) ? (value as T) : undefined);

/** The filters of the list as the URL holds them (?project=&template=&grade=&status=&from=&to=). */
export function readInspectionFilters(params: URLSearchParams, headerProjectId: string | undefined, timeZone: string): InspectionFilters {
  const from = params.get('from');
  const to = params.get('to');
  return {
    projectId: params.get('project') ?? headerProjectId,
    templateId: params.get('template') ?? undefined,
    grade: oneOf(GRADES, params.get('grade')),
    status: oneOf(['DRAFT', 'SUBMITTED'] as const, params.get('status')),
    from: from && DAY.test(from) ? startOfDayIn(from, timeZone) : undefined,
    to: to && DAY.test(to) ? startOfDayIn(addDays(to, 1), timeZone) : undefined,
  };
}

/** /inspections — the inspections of a project, newest first, filtered by rubric, grade, status and days (all in the URL). */
export function InspectionsPage({ projectId, projects, canInspect }: { projectId: string | undefined; projects: readonly Schemas['ProjectRef'][]; canInspect: boolean }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const formatTime = useFormatShortDateTime();
  const timeZone = useTimeZone();
  const phone = !Grid.useBreakpoint().md;
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const filters = readInspectionFilters(params, projectId, timeZone);
  useLiveInspections(filters.projectId);
  const inspections = useInspections(filters, filters.projectId !== undefined);
  const templates = useInspectionTemplates();
  const items = inspections.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = ['template', 'grade', 'status', 'from', 'to'].some((key) => params.has(key));

  const score = (row: InspectionSummary) =>
    row.status === 'SUBMITTED' ? (
      <Flex gap={6} align="center" style={{ whiteSpace: 'nowrap' }}>
        <Typography.Text strong>{row.total?.toFixed(1)}</Typography.Text>
        <GradeTag grade={row.grade} />
      </Flex>
    ) : (
      <Tag color="processing">{t('inspections.status.DRAFT')}</Tag>
    );
  const findings = (row: InspectionSummary) => (
    <span style={{ whiteSpace: 'nowrap' }}>
      {row.findingCount}
      {row.openRectificationCount > 0 && (
        <Typography.Text type="warning" style={{ marginInlineStart: 6, fontSize: 12 }}>
          {t('inspections.list.openRectifications', { count: row.openRectificationCount })}
        </Typography.Text>
      )}
    </span>
  );

  const columns: ColumnsType<InspectionSummary> = [
    { title: t('inspections.fields.code'), dataIndex: 'code', render: (code: string, row) => <Link to={`/inspections/${row.id}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{code}</Link> },
    { title: t('inspections.fields.template'), key: 'template', render: (_: unknown, row) => localized(row.templateName) },
    { title: t('inspections.fields.method'), dataIndex: 'method', render: (method: string) => t(`inspections.method.${method}`) },
    { title: t('inspections.fields.inspector'), dataIndex: 'inspectorName' },
    { title: t('inspections.fields.location'), dataIndex: 'location', render: (location?: string) => <Typography.Text ellipsis={{ tooltip: location }} style={{ maxWidth: 160 }}>{location ?? '—'}</Typography.Text> },
    { title: t('inspections.fields.startedAt'), dataIndex: 'startedAt', render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(value)}</span> },
    { title: t('inspections.fields.score'), key: 'score', render: (_: unknown, row) => score(row) },
    { title: t('inspections.fields.findings'), key: 'findings', render: (_: unknown, row) => findings(row) },
  ];

  return (
    <>
      <PageHeader
        title={t('inspections.list.title')}
        extra={
          <>
            <ExportButton onExport={(format) => exportInspections(filters, format, i18n.language)} disabled={!filters.projectId} testId="export-inspections" />
            {canInspect && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/inspections/new')} data-testid="new-inspection">
                {t('inspections.start.title')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <FilterRow>
          <SelectFilter param="project" value={filters.projectId} placeholder={t('inspections.fields.project')} label={t('inspections.fields.project')} options={projects.map((project) => ({ value: project.id, label: `${project.code} ${project.name}` }))} col={{ xs: 12, md: 6, lg: 4 }} />
          <SelectFilter param="template" value={filters.templateId} placeholder={t('inspections.list.allTemplates')} label={t('inspections.fields.template')} options={(templates.data ?? []).map((template) => ({ value: template.id, label: localized(template.name) }))} col={{ xs: 12, md: 6, lg: 5 }} />
          <SelectFilter param="grade" value={filters.grade} placeholder={t('inspections.list.allGrades')} label={t('inspections.fields.grade')} options={GRADES.map((grade) => ({ value: grade, label: t(`inspections.grade.${grade}`) }))} />
          <SelectFilter param="status" value={filters.status} placeholder={t('inspections.list.allStatuses')} label={t('inspections.fields.status')} options={(['DRAFT', 'SUBMITTED'] as const).map((status) => ({ value: status, label: t(`inspections.status.${status}`) }))} />
          <Col xs={24} md={8} lg={6}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              allowEmpty={[true, true]}
              value={[params.get('from') ? dayjs(params.get('from')) : null, params.get('to') ? dayjs(params.get('to')) : null]}
              aria-label={t('inspections.list.dates')}
              onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            />
          </Col>
        </FilterRow>
        <ListView<InspectionSummary>
          query={inspections}
          items={items}
          phone={phone}
          emptyText={filtered ? t('inspections.list.noneMatching') : t('inspections.list.none')}
          card={(row) => (
            <Card key={row.id} size="small" hoverable onClick={() => void navigate(`/inspections/${row.id}`)} data-testid="inspection-card">
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong style={{ fontFamily: 'monospace' }}>
                  {row.code}
                </Typography.Text>
                {score(row)}
              </Flex>
              <div>
                {localized(row.templateName)} · {t(`inspections.method.${row.method}`)}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.inspectorName} · {formatTime(row.startedAt)} · {t('inspections.fields.findings')} {findings(row)}
              </Typography.Text>
            </Card>
          )}
          table={{
            columns,
            onRow: (row) => ({
              onClick: (event) => {
                if ((event.target as HTMLElement).closest('a')) return;
                void navigate(`/inspections/${row.id}`);
              },
              style: { cursor: 'pointer' },
              'data-testid': 'inspection-row',
            }) as React.HTMLAttributes<HTMLElement>,
          }}
        />
      </Card>
    </>
  );
}
