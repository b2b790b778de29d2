import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { QualityDrillDown } from '@/features/quality/api/get-quality-overview';
import { drillToRoute } from '@/features/quality/components/drill';
import { setSelectedProjectId } from '@/lib/selected-project';

/** A number that opens the records behind it: the drill-down as the SPA's list, its project selected in the header. */
export function FigureLink({ drill, timeZone, children }: { drill: QualityDrillDown | undefined; timeZone: string; children: ReactNode }) {
  if (!drill) return <>{children}</>;
  const link = drillToRoute(drill, timeZone);
  return (
    <Link to={link.path} onClick={() => link.projectId && setSelectedProjectId(link.projectId)}>
      {children}
    </Link>
  );
}
