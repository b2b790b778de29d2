import { CheckCircleOutlined, CloudOutlined, ExclamationCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '@/features/inspections/components/use-inspection-draft';
import { isApiError } from '@/lib/problem';

const LOOK: Record<SaveState, { color: string; icon: React.ReactNode }> = {
  saved: { color: 'success', icon: <CheckCircleOutlined /> },
  pending: { color: 'processing', icon: <SyncOutlined spin /> },
  saving: { color: 'processing', icon: <SyncOutlined spin /> },
  offline: { color: 'warning', icon: <CloudOutlined /> },
  error: { color: 'error', icon: <ExclamationCircleOutlined /> },
  submitted: { color: 'default', icon: <CheckCircleOutlined /> },
};

/** Where the inspector's answers are: saved, on their way, kept on this phone while offline, or refused (and why). */
export function SaveStatus({ state, error, pending }: { state: SaveState; error: unknown; pending: number }) {
  const { t } = useTranslation();
  const look = LOOK[state];
  const detail = state === 'error' && isApiError(error) ? [error.problem?.detail ?? error.message, ...error.fieldErrors.map((field) => field.message)].join(' · ') : state === 'offline' ? t('inspections.save.offlineDetail', { count: pending }) : undefined;
  return (
    <Tooltip title={detail}>
      <Tag color={look.color} icon={look.icon} style={{ marginInlineEnd: 0 }} data-testid="save-status" data-state={state} aria-live="polite">
        {t(`inspections.save.${state}`)}
      </Tag>
    </Tooltip>
  );
}
