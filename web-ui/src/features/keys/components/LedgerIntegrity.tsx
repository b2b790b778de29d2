import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyLedgerVerification } from '@/features/keys/api/verify-key-ledger';
import { formatNumber } from '@/lib/format';

/** The project's custody ledger checked end to end: intact (how many entries), or the first entry that was tampered with. */
export function LedgerIntegrity({ verification, loading }: { verification: KeyLedgerVerification | undefined; loading: boolean }) {
  const { t, i18n } = useTranslation();
  if (loading) return <Skeleton.Input active size="small" block />;
  if (!verification) return <Alert type="info" showIcon message={t('keys.integrity.unavailable')} />;
  if (verification.intact) {
    return (
      <Alert
        type="success"
        icon={<CheckCircleFilled />}
        showIcon
        data-testid="ledger-intact"
        message={t('keys.integrity.intact', { count: verification.checked, formatted: formatNumber(verification.checked, i18n.language) })}
      />
    );
  }
  return (
    <Alert
      type="error"
      icon={<CloseCircleFilled />}
      showIcon
      role="alert"
      data-testid="ledger-broken"
      message={t('keys.integrity.broken')}
      description={
        <>
          {t('keys.integrity.firstBroken', { seq: verification.firstBrokenSeq ?? '?', id: verification.firstBrokenEventId ?? '?' })}
          {verification.reason && <div>{t(`keys.integrity.reason.${verification.reason}`)}</div>}
        </>
      }
    />
  );
}
