import { describe, expect, it } from 'vitest';
import en from '@/features/webhooks/i18n/en.json';
import zhCN from '@/features/webhooks/i18n/zh-CN.json';
import { disabledReasonKey, EVENT_GROUPS, statusColor, typeLabelKey, urlProblem } from '@/features/webhooks/webhook-rules';

describe('urlProblem', () => {
  it('accepts https URLs, with a port and a query', () => {
    expect(urlProblem('https://erp.example.com/hooks')).toBeUndefined();
    expect(urlProblem(' https://erp.example.com:8443/hooks?src=steward ')).toBeUndefined();
    expect(urlProblem('http://10.20.0.5/hooks')).toBeUndefined(); // the server's allow-list decides
  });

  it('names what is wrong with what a user might type', () => {
    expect(urlProblem('erp.example.com/hooks')).toBe('webhooks.form.urlInvalid');
    expect(urlProblem('ftp://erp.example.com/x')).toBe('webhooks.form.urlHttps');
    expect(urlProblem('https://user:secret@erp.example.com/x')).toBe('webhooks.form.urlCredentials');
    expect(urlProblem('https://erp.example.com/x#top')).toBe('webhooks.form.urlFragment');
    expect(urlProblem(`https://erp.example.com/${'a'.repeat(2000)}`)).toBe('webhooks.form.urlTooLong');
  });

  it('leaves an empty field to the required rule', () => {
    expect(urlProblem('')).toBeUndefined();
    expect(urlProblem(undefined)).toBeUndefined();
  });
});

describe('event types', () => {
  it('lists every type once, each with a name in both languages', () => {
    const types = EVENT_GROUPS.flatMap((g) => g.types);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toHaveLength(12);
    for (const type of [...types, 'webhook.test' as const]) {
      const key = typeLabelKey(type).replace('webhooks.types.', '');
      expect(en.webhooks.types).toHaveProperty(key);
      expect(zhCN.webhooks.types).toHaveProperty(key);
    }
    for (const { group } of EVENT_GROUPS) {
      expect(en.webhooks.groups).toHaveProperty(group);
      expect(zhCN.webhooks.groups).toHaveProperty(group);
    }
  });

  it('colours delivery states', () => {
    expect(statusColor('DELIVERED')).toBe('success');
    expect(statusColor('FAILED')).toBe('error');
    expect(statusColor('PENDING')).toBe('processing');
  });
});

describe('disabledReasonKey', () => {
  it('tells 410 Gone from repeated failures', () => {
    expect(disabledReasonKey('The receiver answered 410 Gone.')).toBe('webhooks.reasons.gone');
    expect(disabledReasonKey('Every attempt failed for PT24H (10 attempts in a row); last: HTTP 503')).toBe('webhooks.reasons.failures');
    expect(en.webhooks.reasons.gone).toBeTruthy();
    expect(zhCN.webhooks.reasons.failures).toBeTruthy();
  });
});
