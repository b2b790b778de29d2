import type { DeliveryStatus, WebhookEventType } from '@/features/webhooks/api/webhooks';

/** The event types one can subscribe to, grouped as the form shows them (webhook.test is sent on demand only). */
export const EVENT_GROUPS: readonly { group: string; types: readonly WebhookEventType[] }[] = [
  {
    group: 'workOrders',
    types: ['work_order.created', 'work_order.status_changed', 'work_order.sla_breached', 'work_order.return_visit_recorded'],
  },
  { group: 'surveys', types: ['survey.response_submitted'] },
  { group: 'keys', types: ['key.checked_out', 'key.returned', 'key.overdue', 'key.lost'] },
  { group: 'inspections', types: ['inspection.submitted', 'rectification.raised', 'rectification.reinspected'] },
];

/** The i18n key for an event type's name: `webhooks.types.work_order_created`. */
export function typeLabelKey(type: WebhookEventType): string {
  return `webhooks.types.${type.replace(/\./g, '_')}`;
}

/**
 * What is wrong with a target URL as typed, as an i18n key (undefined: fine as far as the browser can tell). The server
 * decides the rest: whether the host resolves to a public address, and whether plain http is allowed for it.
 */
export function urlProblem(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'webhooks.form.urlInvalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'webhooks.form.urlHttps';
  if (url.username !== '' || url.password !== '') return 'webhooks.form.urlCredentials';
  if (url.hash !== '') return 'webhooks.form.urlFragment';
  if (text.length > 2000) return 'webhooks.form.urlTooLong';
  return undefined;
}

/** The tag colour of a delivery's state. */
export function statusColor(status: DeliveryStatus): string {
  return status === 'DELIVERED' ? 'success' : status === 'FAILED' ? 'error' : 'processing';
}

/** The server's reason for disabling a subscription (English text), as an i18n key: 410 Gone, or repeated failures. */
export function disabledReasonKey(reason: string): string {
  return reason.includes('410') ? 'webhooks.reasons.gone' : 'webhooks.reasons.failures';
}
