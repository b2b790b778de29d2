import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { WorkOrderForm } from '@/features/work-orders/components/WorkOrderForm';

/** /work-orders/new — register an order in the header's project, then open it. */
export function NewWorkOrderPage({ projectId, canRegister }: { projectId: string | undefined; canRegister: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div style={{ maxWidth: 880 }}>
      <PageHeader breadcrumbs={[{ title: t('nav.workOrders'), to: '/work-orders' }, { title: t('workOrders.new') }]} title={t('workOrders.new')} />
      {!canRegister ? (
        <Result status="403" title={t('workOrders.form.notAllowed')} />
      ) : projectId ? (
        <WorkOrderForm key={projectId} projectId={projectId} onCreated={(order) => void navigate(`/work-orders/${order.id}`)} />
      ) : (
        <Result status="info" title={t('workOrders.form.noProject')} />
      )}
    </div>
  );
}
