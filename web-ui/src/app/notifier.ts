import { notification } from 'antd';
import type { NotificationInstance } from 'antd/es/notification/interface';
import type { Notice } from '@/app/error-policy';

/**
 * The error policy runs outside React (in the QueryClient's caches), but antd's notifications
 * should use the app's theme and locale: <NotifierBridge> (inside antd's <App>) hands over the
 * context-aware instance; until then the static API is used.
 */
let instance: NotificationInstance | undefined;

export function setNotificationInstance(next: NotificationInstance | undefined): void {
  instance = next;
}

export function notifyError(notice: Notice): void {
  const api = instance ?? notification;
  api.error({
    // The same error twice (e.g. several queries failing alike) shows once.
    key: `${notice.title}\u0000${notice.detail ?? ''}`,
    message: notice.title,
    description: notice.detail,
    placement: 'topRight',
    duration: 6,
  });
}
