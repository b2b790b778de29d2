import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Key, KeyAction } from '@/features/keys/api/list-keys';
import { DepositFormModal } from '@/features/keys/components/DepositFormModal';
import { KeyActionDialog, type KeyDialogAction } from '@/features/keys/components/KeyActionDialog';
import { KeyFormModal } from '@/features/keys/components/KeyFormModal';
import { KEY_ACTIONS } from '@/features/keys/components/labels';

const PRIMARY: readonly KeyAction[] = ['CHECK_OUT', 'RETURN'];
const DANGER: readonly KeyAction[] = ['REPORT_LOST', 'RETIRE'];

/**
 * The buttons of a key: exactly its `allowedActions`. Lending and taking back happen at the desk
 * (opened on this key); the rest in a dialog here.
 */
export function KeyActions({ keyItem, onDone }: { keyItem: Key; onDone?: (action: KeyDialogAction, key: Key) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<KeyDialogAction | undefined>();
  const [editing, setEditing] = useState(false);
  const [depositing, setDepositing] = useState(false);
  const allowed = KEY_ACTIONS.filter((action) => keyItem.allowedActions.includes(action));

  const run = (action: KeyAction) => {
    if (action === 'CHECK_OUT' || action === 'RETURN') void navigate(`/keys/desk?code=${encodeURIComponent(keyItem.code)}`);
    else if (action === 'EDIT') setEditing(true);
    else if (action === 'DEPOSIT') setDepositing(true);
    else setDialog(action);
  };

  if (allowed.length === 0) return null;
  return (
    <>
      <Flex gap={8} wrap data-testid="key-actions">
        {allowed.map((action) => (
          <Button
            key={action}
            type={PRIMARY.includes(action) ? 'primary' : 'default'}
            danger={DANGER.includes(action)}
            onClick={() => run(action)}
            data-action={action}
          >
            {t(`keys.actions.${action}`)}
          </Button>
        ))}
      </Flex>
      {/* Mounted only while open: idle forms would slow every render of the page. */}
      {dialog && <KeyActionDialog keyItem={keyItem} action={dialog} onClose={() => setDialog(undefined)} onDone={onDone} />}
      {editing && <KeyFormModal projectId={keyItem.projectId} keyId={keyItem.id} onClose={() => setEditing(false)} />}
      {depositing && <DepositFormModal keyItem={keyItem} onClose={() => setDepositing(false)} />}
    </>
  );
}
