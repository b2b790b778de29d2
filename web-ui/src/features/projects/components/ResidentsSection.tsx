import { EditOutlined, LogoutOutlined, PhoneOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, List, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResidents, type Resident, type ResidentStatus } from '@/features/projects/api/list-residents';
import { MoveOutModal } from '@/features/projects/components/MoveOutModal';
import { RELATION_COLORS } from '@/features/projects/components/labels';
import { ResidentFormModal } from '@/features/projects/components/ResidentFormModal';

/**
 * A unit's residents: the people living there now, or its history (who lived there, with move-in and move-out dates).
 * `canManage` (ADMIN, MANAGER, AGENT): register, correct, move out.
 */
export function ResidentsSection({ projectId, unitId, canManage }: { projectId: string; unitId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ResidentStatus>('CURRENT');
  const residents = useResidents(projectId, unitId, status);
  const [editing, setEditing] = useState<Resident | 'new'>();
  const [movingOut, setMovingOut] = useState<Resident>();

  const dates = (resident: Resident) =>
    resident.movedOutOn
      ? t('residentAdmin.livedFromTo', { from: resident.movedInOn ?? '…', to: resident.movedOutOn })
      : resident.movedInOn
        ? t('residentAdmin.livesSince', { from: resident.movedInOn })
        : undefined;

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', margin: '24px 0 8px' }} wrap>
        <Segmented<ResidentStatus>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'CURRENT', label: t('residentAdmin.current') },
            { value: 'ALL', label: t('residentAdmin.history') },
          ]}
          data-testid="residents-status"
        />
        {canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-resident">
            {t('residentAdmin.add')}
          </Button>
        )}
      </Space>
      {residents.isError && <Alert type="error" showIcon message={t('residents.loadFailed')} />}
      {residents.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <List
          dataSource={residents.data ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.none')} /> }}
          renderItem={(resident) => (
            <List.Item
              data-testid="resident-row"
              actions={
                canManage && !resident.movedOutOn
                  ? [
                      <Button key="edit" type="text" size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(resident)} />,
                      <Button
                        key="move-out"
                        type="text"
                        size="small"
                        danger
                        icon={<LogoutOutlined />}
                        aria-label={t('residentAdmin.moveOut')}
                        title={t('residentAdmin.moveOut')}
                        onClick={() => setMovingOut(resident)}
                      />,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                avatar={<UserOutlined style={{ fontSize: 20, color: '#8c8c8c', marginTop: 4 }} />}
                title={
                  <Space size={8} wrap>
                    <Typography.Text delete={Boolean(resident.movedOutOn)}>{resident.name}</Typography.Text>
                    <Tag color={RELATION_COLORS[resident.relation]}>{t(`relation.${resident.relation}`)}</Tag>
                    {resident.movedOutOn && <Tag>{t('residentAdmin.movedOut')}</Tag>}
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
                    {dates(resident) && (
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                        {dates(resident)}
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
        <>
          <ResidentFormModal
            projectId={projectId}
            unitId={unitId}
            resident={editing === 'new' ? undefined : editing}
            open={editing !== undefined}
            onClose={() => setEditing(undefined)}
          />
          <MoveOutModal projectId={projectId} unitId={unitId} resident={movingOut} onClose={() => setMovingOut(undefined)} />
        </>
      )}
    </>
  );
}
