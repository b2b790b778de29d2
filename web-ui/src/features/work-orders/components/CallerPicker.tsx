import { PhoneOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getResident } from '@/features/work-orders/api/get-resident';
import type { LookupResident, UnitLookupItem } from '@/features/work-orders/api/lookup-units';

export type Caller = { name: string; phone: string };

/**
 * The chosen unit's residents: pick who is calling, and their name and full phone become the reporter (read from
 * the resident's record: lists only carry masked phones). A search that matched one resident picks them at once.
 */
export function CallerPicker({ projectId, item, onPick }: { projectId: string; item: UnitLookupItem; onPick: (caller: Caller) => void }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | undefined>();
  const [loading, setLoading] = useState<string | undefined>();

  const pick = async (resident: LookupResident) => {
    setLoading(resident.id);
    try {
      const full = await getResident(projectId, item.unit.id, resident.id);
      setPicked(resident.id);
      onPick({ name: full.name, phone: full.phone });
    } finally {
      setLoading(undefined);
    }
  };

  const single = item.matchedResidentIds.length === 1 ? item.matchedResidentIds[0] : undefined;
  useEffect(() => {
    const resident = item.residents.find((candidate) => candidate.id === single);
    if (resident) void pick(resident);
    // Once per chosen unit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item.unit.id, single]);

  if (item.residents.length === 0) {
    return (
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 16 }} data-testid="caller-picker">
        {t('workOrders.caller.noResidents')}
      </Typography.Text>
    );
  }
  return (
    <Card size="small" title={t('workOrders.caller.title', { unit: item.unit.label })} style={{ marginBottom: 16 }} data-testid="caller-picker">
      <Flex vertical gap={4}>
        {item.residents.map((resident) => (
          <Flex key={resident.id} align="center" gap={8} wrap data-testid="caller-resident">
            <UserOutlined />
            <Typography.Text strong={item.matchedResidentIds.includes(resident.id)}>{resident.name}</Typography.Text>
            <Tag>{t(`workOrders.caller.relation.${resident.relation}`)}</Tag>
            <Typography.Text type="secondary">
              <PhoneOutlined /> {resident.phone}
            </Typography.Text>
            <Button
              size="small"
              type={picked === resident.id ? 'primary' : 'default'}
              loading={loading === resident.id}
              onClick={() => void pick(resident)}
              style={{ marginInlineStart: 'auto' }}
            >
              {picked === resident.id ? t('workOrders.caller.picked') : t('workOrders.caller.pick')}
            </Button>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
