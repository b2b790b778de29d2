import { describe, expect, it } from 'vitest';
import { initialLanguage, languageFromNavigator, persistLanguage } from '@/i18n/language';

describe('language detection', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (navigatorLanguage, expected) => {
    expect(languageFromNavigator(navigatorLanguage)).toBe(expected);
  });

  it('prefers the stored choice over the browser', () => {
    persistLanguage('en');
    expect(initialLanguage()).toBe('en');
    persistLanguage('zh-CN');
    expect(initialLanguage()).toBe('zh-CN');
  });
});
