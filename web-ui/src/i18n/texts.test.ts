import { describe, expect, it } from 'vitest';
import { resources } from '@/i18n/i18n';

/** Leaf keys, with i18next's plural suffixes folded (English has `_one`/`_other`, Chinese only `_other`). */
function keys(texts: unknown, prefix = ''): string[] {
  if (typeof texts !== 'object' || texts === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(texts).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

describe('texts', () => {
  it('every key exists in both languages (shell and every feature)', () => {
    const zh = [...new Set(keys(resources['zh-CN'].translation))];
    const en = [...new Set(keys(resources.en.translation))];
    expect(zh.filter((key) => !en.includes(key))).toEqual([]);
    expect(en.filter((key) => !zh.includes(key))).toEqual([]);
  });

  it('features keep their own texts', () => {
    expect(resources.en.translation).toHaveProperty('workOrders');
    expect(resources['zh-CN'].translation).toHaveProperty('keys');
  });
});
