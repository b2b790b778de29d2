import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { SlaPolicyEditor } from '@/features/work-orders/components/SlaPolicyEditor';
import { WorkingCalendarEditor } from '@/features/work-orders/components/WorkingCalendarEditor';
import { useUpdateSearchParams } from '@/lib/search-params';

const TABS = ['sla', 'calendar'] as const;
type Tab = (typeof TABS)[number];

/** The year shown: the URL's when it is one the API accepts, else this year. */
function readYear(value: string | null): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear();
}

/** /projects/:projectId/sla — the SLA time limits and the working calendar of a project (tab and year in the URL). */
export function SlaSettingsPage({ projectId, projectName, canEdit }: { projectId: string; projectName: string | undefined; canEdit: boolean }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const tab: Tab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'sla';
  const year = readYear(params.get('year'));

  const update = useUpdateSearchParams();

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { title: t('nav.projects'), to: '/projects' },
          { title: projectName ?? '…', to: `/projects/${projectId}` },
          { title: t('workOrders.slaSettings.title') },
        ]}
        title={t('workOrders.slaSettings.title')}
        subTitle={projectName}
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key === 'sla' ? undefined : key })}
          items={[
            { key: 'sla', label: t('workOrders.slaSettings.policyTab'), children: <SlaPolicyEditor projectId={projectId} canEdit={canEdit} /> },
            {
              key: 'calendar',
              label: t('workOrders.slaSettings.calendarTab'),
              children: <WorkingCalendarEditor projectId={projectId} year={year} onYearChange={(next) => update({ year: String(next) })} canEdit={canEdit} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
