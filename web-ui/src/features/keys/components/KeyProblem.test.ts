import { describe, expect, it } from 'vitest';
import { describeKeyProblem, KEY_PROBLEM_CODES } from '@/features/keys/components/KeyProblem';
import i18n from '@/i18n/i18n';
import { ApiError } from '@/lib/problem';

const RULES_403 = [
  'KEY_NO_VALID_AUTHORIZATION',
  'KEY_BORROWER_NOT_ALLOWED',
  'KEY_APPROVER_IS_BORROWER',
  'KEY_APPROVER_NOT_AUTHORIZED',
  'KEY_DUE_TOO_LATE',
  'KEY_WORK_ORDER_REQUIRED',
  'KEY_WORK_ORDER_MISMATCH',
];

const apiError = (status: number, code: string, title = 'Forbidden', detail?: string) =>
  new ApiError(status, { type: 'about:blank', title, status, code, ...(detail ? { detail } : {}) });

describe('describeKeyProblem', () => {
  it('words every checkout rule (403) and KEY_NOT_AVAILABLE (409) in both languages', () => {
    expect(KEY_PROBLEM_CODES).toEqual(expect.arrayContaining([...RULES_403, 'KEY_NOT_AVAILABLE']));
    for (const language of ['zh-CN', 'en'] as const) {
      const t = i18n.getFixedT(language);
      const titles = KEY_PROBLEM_CODES.map((code) => describeKeyProblem(apiError(code === 'KEY_NOT_AVAILABLE' ? 409 : 403, code), t)?.title);
      for (const [index, title] of titles.entries()) {
        expect(title, `${language} ${KEY_PROBLEM_CODES[index] ?? ''}`).toBeTruthy();
        expect(title).not.toContain('keys.problems');
        expect(title).not.toBe('Forbidden');
      }
      // One message per rule: none says the same as another.
      expect(new Set(titles).size).toBe(titles.length);
    }
    const zh = i18n.getFixedT('zh-CN');
    const en = i18n.getFixedT('en');
    expect(describeKeyProblem(apiError(403, 'KEY_APPROVER_IS_BORROWER'), zh)?.title).toBe('审批人不能是借用人本人');
    expect(describeKeyProblem(apiError(403, 'KEY_APPROVER_IS_BORROWER'), en)?.title).toBe('The approver cannot be the borrower');
    expect(describeKeyProblem(apiError(409, 'KEY_NOT_AVAILABLE', 'Conflict'), en)?.title).toBe('This key is not in the cabinet and cannot be lent');
  });

  it("adds the API's detail when it says more, and falls back to the API's title for codes it does not know", () => {
    const en = i18n.getFixedT('en');
    expect(describeKeyProblem(apiError(403, 'KEY_DUE_TOO_LATE', 'Forbidden', 'At most 240 minutes for UNIT keys.'), en)).toEqual({
      title: 'The due time is beyond the longest loan for this kind of key',
      detail: 'At most 240 minutes for UNIT keys.',
    });
    expect(describeKeyProblem(apiError(403, 'FORBIDDEN', 'You may not do this', 'You may not do this'), en)).toEqual({ title: 'You may not do this' });
    expect(describeKeyProblem(new ApiError(502, undefined), en)).toEqual({ title: 'The request failed (HTTP 502)' });
    expect(describeKeyProblem(new Error('boom'), en)).toBeUndefined();
  });
});
