import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES, importErrorText } from '@/features/imports/import-errors';
import i18n, { changeLanguage } from '@/i18n/i18n';
import type { Language } from '@/i18n/language';
import type { ImportRowError } from '@/features/imports/api/imports';


async function textIn(language: Language, error: Pick<ImportRowError, 'code' | 'params' | 'message'>) {
  await changeLanguage(language);
  return importErrorText(i18n.t, error);
}

describe('importErrorText', () => {
  it('says each code with its parameters in zh-CN and en', async () => {
    expect(await textIn('zh-CN', { code: 'UNKNOWN_BUILDING', params: { value: 'NOPE' }, message: 'x' })).toBe('不是本项目的楼栋编号：NOPE');
    expect(await textIn('en', { code: 'UNKNOWN_BUILDING', params: { value: 'NOPE' }, message: 'x' })).toBe('Not a building code of this project: NOPE');
    expect(await textIn('zh-CN', { code: 'OUT_OF_RANGE', params: { min: -10, max: 200 }, message: 'x' })).toBe('应为 -10 到 200 之间的整数');
    expect(await textIn('en', { code: 'DIFFERS_FROM_ROW', params: { firstRow: 2 }, message: 'x' })).toBe('Differs from row 2 for the same unit');
    expect(await textIn('zh-CN', { code: 'NOT_ALLOWED', params: { allowed: ['OWNER', '业主'] }, message: 'x' })).toBe('只能填写：OWNER、业主');
    expect(await textIn('en', { code: 'NOT_ALLOWED', params: { allowed: ['OWNER', 'TENANT'] }, message: 'x' })).toBe('Must be one of: OWNER, TENANT');
  });

  it('has a text for every code of the contract in both languages, never the key or a blank parameter', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      for (const code of IMPORT_ERROR_CODES) {
        const text = await textIn(language, { code, params: { value: 'V', min: 0, max: 9, firstRow: 2, allowed: ['A', 'B'] }, message: 'x' });
        expect(text, `${language} ${code}`).not.toContain('imports.errors');
        expect(text, `${language} ${code}`).not.toContain('{{');
        expect(text, `${language} ${code}`).not.toBe('x');
      }
    }
  });

  it("falls back to the API's English message for a code it does not know", async () => {
    const error = { code: 'SOMETHING_NEW' as ImportRowError['code'], message: 'is odd' };
    expect(await textIn('zh-CN', error)).toBe('is odd');
  });
});
