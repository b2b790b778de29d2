import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Key, KeyStatus } from '@/features/keys/api/list-keys';
import { STATUS_COLORS } from '@/features/keys/components/labels';

export function KeyStatusTag({ status }: { status: KeyStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="key-status">
      {t(`keys.status.${status}`)}
    </Tag>
  );
}

/** What the key opens: its unit (户内) or its facility. */
export function keyTarget(key: Pick<Key, 'unitLabel' | 'facility'>): string {
  return key.unitLabel ?? key.facility ?? '—';
}

/** Where the key lives: "1号钥匙柜 · 12号位". */
export function useKeyPlace() {
  const { t } = useTranslation();
  return (key: Pick<Key, 'cabinetName' | 'slot'>) =>
    key.cabinetName ? [key.cabinetName, key.slot !== undefined ? t('keys.slotNumber', { slot: key.slot }) : undefined].filter(Boolean).join(' · ') : '—';
}
