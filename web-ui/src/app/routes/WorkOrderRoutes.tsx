import { useMe, type Me } from '@/features/auth/api/get-me';
import { useLiveWorkOrders } from '@/features/work-orders/api/live-updates';
import { ComplaintReviewPage } from '@/features/work-orders/routes/ComplaintReviewPage';
import { MyWorkOrdersPage } from '@/features/work-orders/routes/MyWorkOrdersPage';
import { NewWorkOrderPage } from '@/features/work-orders/routes/NewWorkOrderPage';
import { WorkOrderPage } from '@/features/work-orders/routes/WorkOrderPage';
import { WorkOrdersPage } from '@/features/work-orders/routes/WorkOrdersPage';
import { useCurrentProjectId } from '@/lib/selected-project';

/** Roles that may register an order (before it exists there are no `allowedActions` to ask). */
export function canRegisterWorkOrders(me: Me | undefined): boolean {
  return me?.roles.some((role) => role === 'AGENT' || role === 'MANAGER' || role === 'ADMIN') ?? false;
}

/** The complaint review lists every complaint, so the API refuses technicians (who see only their own orders). */
export function canReadComplaintReview(me: Me | undefined): boolean {
  return me?.roles.some((role) => role !== 'TECHNICIAN') ?? false;
}

export function WorkOrdersRoute() {
  const me = useMe();
  const projectId = useCurrentProjectId(me.data);
  useLiveWorkOrders(projectId);
  return <WorkOrdersPage projectId={projectId} canRegister={canRegisterWorkOrders(me.data)} />;
}

export function NewWorkOrderRoute() {
  const me = useMe();
  const projectId = useCurrentProjectId(me.data);
  return <NewWorkOrderPage projectId={projectId} canRegister={canRegisterWorkOrders(me.data)} />;
}

export function WorkOrderRoute() {
  useLiveWorkOrders();
  return <WorkOrderPage />;
}

export function MyWorkOrdersRoute() {
  const me = useMe();
  const projectId = useCurrentProjectId(me.data);
  useLiveWorkOrders(projectId);
  if (!me.data) return null;
  return <MyWorkOrdersPage userId={me.data.id} projectId={projectId} />;
}

export function ComplaintReviewRoute() {
  const me = useMe();
  const projectId = useCurrentProjectId(me.data);
  useLiveWorkOrders(projectId);
  if (!me.data) return null;
  return <ComplaintReviewPage projectId={projectId} allowed={canReadComplaintReview(me.data)} />;
}
