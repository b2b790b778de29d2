import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { WorkOrderList } from '@/features/work-orders/components/WorkOrderList';

/** /work-orders — the list of the header's project. */
export function WorkOrdersPage({ projectId, canRegister }: { projectId: string | undefined; canRegister: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('nav.workOrders')}
        extra={
          canRegister && (
            <Link to="/work-orders/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('workOrders.new')}
              </Button>
            </Link>
          )
        }
      />
      <WorkOrderList projectId={projectId} />
    </>
  );
}
