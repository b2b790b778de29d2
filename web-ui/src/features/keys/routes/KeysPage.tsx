import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { useTimeZone } from '@/components/TimeZone';
import { KeyFormModal } from '@/features/keys/components/KeyFormModal';
import { KeyLedger } from '@/features/keys/components/KeyLedger';
import { exportKeys } from '@/features/keys/api/export-keys';
import { readLedgerState, toKeyFilters } from '@/features/keys/components/filters';

/**
 * /keys — the ledger (钥匙台账) of a project; custodians register keys here. A technician sees the keys they hold. The
 * export takes the ledger's filters (the quality picture's lost period, building and "none" building included).
 */
export function KeysPage({ projectId, canManage, ownKeysOnly }: { projectId: string | undefined; canManage: boolean; ownKeysOnly: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const [params] = useSearchParams();
  const timeZone = useTimeZone();
  return (
    <>
      <PageHeader
        title={ownKeysOnly ? t('keys.ledger.heldTitle') : t('keys.nav.ledger')}
        extra={
          <>
            <ExportButton onExport={(format) => exportKeys(toKeyFilters(readLedgerState(params), projectId, timeZone), format)} disabled={!projectId} testId="export-keys" />
            {canManage && projectId && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                {t('keys.ledger.register')}
              </Button>
            )}
          </>
        }
      />
      <KeyLedger projectId={projectId} canManage={canManage} ownKeysOnly={ownKeysOnly} />
      {registering && projectId && (
        <KeyFormModal projectId={projectId} onClose={() => setRegistering(false)} onCreated={(key) => void navigate(`/keys/${key.id}`)} />
      )}
    </>
  );
}
