import { EditOutlined, PhoneOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Empty, Grid, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useUnit } from '@/features/projects/api/get-unit';
import { useResidents } from '@/features/projects/api/list-residents';
import { RELATION_COLORS, UNIT_STATUS_COLORS } from '@/features/projects/components/labels';
import { UnitFormModal } from '@/features/projects/components/UnitFormModal';
import { formatArea, formatNumber } from '@/lib/format';

/** A unit's details and residents (phones as the API returns them: masked in this list). */
export function UnitDrawer({
  projectId,
  unitId,
  canManage,
  onClose,
}: {
  projectId: string;
  unitId: string | undefined;
  canManage: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const unit = useUnit(projectId, unitId);
  const residents = useResidents(projectId, unitId);
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
          {residents.isError && <Alert type="error" showIcon message={t('residents.loadFailed')} />}
          {residents.isPending ? (
            <Skeleton active paragraph={{ rows: 2 }} />
          ) : (
            <List
              dataSource={residents.data ?? []}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.none')} /> }}
              renderItem={(resident) => (
                <List.Item>
                  <List.Item.Meta
                    avatar={<UserOutlined style={{ fontSize: 20, color: '#8c8c8c', marginTop: 4 }} />}
                    title={
                      <Space size={8}>
                        <span>{resident.name}</span>
                        <Tag color={RELATION_COLORS[resident.relation]}>{t(`relation.${resident.relation}`)}</Tag>
                      </Space>
                    }
                    description={
                      <span>
                        <PhoneOutlined /> <span data-testid="resident-phone">{resident.phone}</span>
                        {resident.phoneMasked && (
                          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                            {t('residents.masked')}
                          </Typography.Text>
                        )}
                      </span>
                    }
                  />
                </List.Item>
              )}
            />
          )}
          {canManage && (
            <UnitFormModal projectId={projectId} unitId={item.id} open={editing} onClose={() => setEditing(false)} />
          )}
        </>
      )}
    </Drawer>
  );
}
