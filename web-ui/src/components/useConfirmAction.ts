import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/problem';

/**
 * Confirm-then-act for a list's row actions (revoke, deactivate, delete …), through the app's modal context (antd's
 * static Modal.confirm does not render under React 19). `failed` shows a request's problem in a dialog.
 */
export function useConfirmAction() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const failed = (error: unknown) => {
    modal.error({
      title: isApiError(error) ? (error.problem?.title ?? t('errors.loadFailed')) : t('errors.loadFailed'),
      content: isApiError(error) ? error.problem?.detail : undefined,
    });
  };
  const confirm = ({ title, content, okText, danger = false, action }: { title: string; content: string; okText: string; danger?: boolean; action: () => Promise<unknown> }) => {
    modal.confirm({
      title,
      content,
      okText,
      okButtonProps: { danger },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await action();
        } catch (error) {
          failed(error);
        }
      },
    });
  };
  return { confirm, failed };
}
