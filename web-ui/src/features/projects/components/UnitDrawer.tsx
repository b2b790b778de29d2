import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Grid, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useUnit } from '@/features/projects/api/get-unit';
import { UNIT_STATUS_COLORS } from '@/features/projects/components/labels';
import { ResidentsSection } from '@/features/projects/components/ResidentsSection';
import { UnitFormModal } from '@/features/projects/components/UnitFormModal';
import { formatArea, formatNumber } from '@/lib/format';

/** A unit's details and residents (phones as the API returns them: masked in this list), with the unit's history. */
export function UnitDrawer({
  projectId,
  unitId,
  canManage,
  canManageResidents = canManage,
  onClose,
}: {
  projectId: string;
  unitId: string | undefined;
  canManage: boolean;
  /** Register, correct and move out residents (the desk, managers, administrators). */
  canManageResidents?: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const unit = useUnit(projectId, unitId);
  const [editing, setEditing] = useState(false);
  const item = unit.data?.item;

  return (
    <Drawer
      open={unitId !== undefined}
      onClose={onClose}
      width={screens.sm ? 480 : '100%'}
      title={item ? t('units.drawerTitle', { label: item.label }) : t('units.details')}
      extra={
        canManage &&
        item && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )
      }
      destroyOnHidden
    >
      {unit.isPending && <Skeleton active />}
      {unit.isError && <QueryErrorResult error={unit.error} onRetry={() => void unit.refetch()} />}
      {item && (
        <>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'label', label: t('units.label'), children: item.label },
              { key: 'building', label: t('units.building'), children: item.buildingCode },
              { key: 'number', label: t('units.number'), children: item.number },
              { key: 'floor', label: t('units.floor'), children: formatNumber(item.floor, i18n.language) },
              { key: 'area', label: t('units.area'), children: formatArea(item.areaM2, i18n.language) },
              {
                key: 'status',
                label: t('units.status'),
                children: <Tag color={UNIT_STATUS_COLORS[item.status]}>{t(`unitStatus.${item.status}`)}</Tag>,
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('residents.title', { count: item.residentCount })}
          </Typography.Title>
          <ResidentsSection projectId={projectId} unitId={item.id} canManage={canManageResidents} />
          {canManage && (
            <UnitFormModal projectId={projectId} unitId={item.id} open={editing} onClose={() => setEditing(false)} />
          )}
        </>
      )}
    </Drawer>
  );
}
