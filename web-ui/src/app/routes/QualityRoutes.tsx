import { useMe } from '@/features/auth/api/get-me';
import { PortfolioPage } from '@/features/quality/routes/PortfolioPage';
import { QualityPage } from '@/features/quality/routes/QualityPage';
import { QualityReportsPage } from '@/features/quality/routes/QualityReportsPage';
import { useCurrentProjectId } from '@/lib/selected-project';

export function QualityRoute() {
  const me = useMe();
  return <QualityPage projectId={useCurrentProjectId(me.data)} />;
}

export function PortfolioRoute() {
  return <PortfolioPage />;
}

export function QualityReportsRoute() {
  const me = useMe();
  return <QualityReportsPage projectId={useCurrentProjectId(me.data)} />;
}
