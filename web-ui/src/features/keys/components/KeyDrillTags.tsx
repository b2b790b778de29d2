import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { NoneGroupTags } from '@/components/NoneGroupTags';
import { DRILL_PARAMS, isDrilled, type KeyDrill } from '@/features/keys/components/filters';
import { useProjectBuildings } from '@/lib/project-buildings';
import { useUpdateSearchParams } from '@/lib/search-params';

/**
 * A quality figure's filters on a key page as removable tags: its period (the days keys were checked out, or reported
 * lost), its building (by name) and its "none" building (keys to no unit, the shared tag of the other lists).
 * Removing one drops its URL parameter.
 */
export function KeyDrillTags({ projectId, drill, period }: { projectId: string | undefined; drill: KeyDrill; period: 'checkedOut' | 'lost' }) {
  const { t } = useTranslation();
  const update = useUpdateSearchParams();
  const buildings = useProjectBuildings(drill.buildingId ? projectId : undefined);
  if (!isDrilled(drill)) return null;
  const building = buildings.data?.find((candidate) => candidate.id === drill.buildingId);
  const days =
    drill.from && drill.to
      ? t('keys.drill.range', { from: drill.from, to: drill.to })
      : drill.from
        ? t('keys.drill.since', { from: drill.from })
        : t('keys.drill.until', { to: drill.to });
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="drill-filters">
      {(drill.from || drill.to) && (
        <Tag closable color="blue" onClose={() => update({ [DRILL_PARAMS.from]: undefined, [DRILL_PARAMS.to]: undefined })} data-testid="filter-period">
          {t(`keys.drill.${period}`, { days })}
        </Tag>
      )}
      {drill.buildingId && (
        <Tag closable color="blue" onClose={() => update({ [DRILL_PARAMS.building]: undefined })} data-testid="filter-building">
          {t('keys.drill.building', { name: building?.name ?? (buildings.isPending ? '…' : t('keys.drill.unknownBuilding')) })}
        </Tag>
      )}
      <NoneGroupTags withoutUnit={drill.withoutUnit} unassigned={false} onRemove={(param) => update({ [param]: undefined })} />
    </Flex>
  );
}
