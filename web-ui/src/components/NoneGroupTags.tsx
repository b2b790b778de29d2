import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The URL parameters (`?withoutUnit=1`, `?unassigned=1`) of the quality picture's "none" building and assignee groups. */
export const NONE_GROUP_PARAMS = ['withoutUnit', 'unassigned'] as const;
export type NoneGroupParam = (typeof NONE_GROUP_PARAMS)[number];

/** Which "none" group filters the URL holds (each `=1`, anything else is off). */
export function readNoneGroup(params: URLSearchParams): Record<NoneGroupParam, boolean> {
  return { withoutUnit: params.get('withoutUnit') === '1', unassigned: params.get('unassigned') === '1' };
}

/**
 * The "none" group filters as removable tags — records about no unit (common areas), records with no assignee — for
 * every list a figure of the quality picture opens (work orders, rectifications). `onRemove` drops the URL parameter.
 */
export function NoneGroupTags({ withoutUnit, unassigned, onRemove }: { withoutUnit: boolean; unassigned: boolean; onRemove: (param: NoneGroupParam) => void }) {
  const { t } = useTranslation();
  return (
    <>
      {withoutUnit && (
        <Tag closable color="blue" onClose={() => onRemove('withoutUnit')} data-testid="filter-without-unit">
          {t('common.noneGroup.withoutUnit')}
        </Tag>
      )}
      {unassigned && (
        <Tag closable color="blue" onClose={() => onRemove('unassigned')} data-testid="filter-unassigned">
          {t('common.noneGroup.unassigned')}
        </Tag>
      )}
    </>
  );
}
