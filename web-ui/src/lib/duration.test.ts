import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { formatDuration, splitDuration } from '@/lib/duration';
import { setTestLanguage } from '@/testing/render';

const MIN = 60_000;

// Issue 9, defect 11: the SLA countdown said "剩余 29 分" while the key desk said "逾期 2 小时 16 分钟".
describe('one duration format', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('writes minutes, hours and days the same way everywhere, in Chinese', () => {
    const t = i18n.t.bind(i18n);
    expect(formatDuration(29 * MIN, t)).toBe('29 分钟');
    expect(formatDuration(136 * MIN, t)).toBe('2 小时 16 分钟');
    expect(formatDuration(-136 * MIN, t)).toBe('2 小时 16 分钟');
    expect(formatDuration(120 * MIN, t)).toBe('2 小时');
    expect(formatDuration((24 * 60 + 3 * 60 + 5) * MIN, t)).toBe('1 天 3 小时');
    expect(formatDuration(20_000, t)).toBe('0 分钟');
  });

  it('and in English', async () => {
    await setTestLanguage('en');
    const t = i18n.t.bind(i18n);
    expect(formatDuration(29 * MIN, t)).toBe('29 min');
    expect(formatDuration(136 * MIN, t)).toBe('2 h 16 min');
    expect(formatDuration((2 * 24 * 60 + 5) * MIN, t)).toBe('2 days 5 min');
    expect(formatDuration(24 * 60 * MIN, t)).toBe('1 day');
  });

  it('splits durations into days, hours and minutes', () => {
    expect(splitDuration(26 * 3600_000 + 5 * MIN)).toEqual({ d: 1, h: 2, m: 5 });
    expect(splitDuration(-35 * MIN)).toEqual({ d: 0, h: 0, m: 35 });
  });
});
