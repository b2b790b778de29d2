import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import en from '@/i18n/en.json';
import zhCN from '@/i18n/zh-CN.json';
import { createI18n, languageOf, switchLanguage } from '@/i18n/create-i18n';
import type { Language } from '@/i18n/language';

type Texts = Record<string, unknown>;

/**
 * Each feature keeps its own texts in `src/features/<feature>/i18n/<language>.json` (top-level keys
 * of its own, e.g. `workOrders`); the shell's texts stay in this folder. All are merged into one
 * `translation` namespace, and a key claimed twice is an error, so two features cannot shadow each other.
 */
const featureTexts = import.meta.glob<Texts>('../features/*/i18n/*.json', { eager: true, import: 'default' });

function textsFor(language: 'en' | 'zh-CN', shell: Texts): Texts {
  const merged: Texts = { ...shell };
  for (const [path, texts] of Object.entries(featureTexts)) {
    if (!path.endsWith(`/${language}.json`)) continue;
    for (const [key, value] of Object.entries(texts)) {
      if (key in merged) throw new Error(`i18n: the key '${key}' is defined twice (${path})`);
      merged[key] = value;
    }
  }
  return merged;
}

export const resources = {
  'zh-CN': { translation: textsFor('zh-CN', zhCN) },
  en: { translation: textsFor('en', en) },
} as const;

/** The staff app's texts, with dayjs (Ant Design's date pickers: month and weekday names, weeks from Monday in Chinese) following along. */
const i18n = createI18n(resources, (language) => dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en'));

export function currentLanguage(): Language {
  return languageOf(i18n);
}

/** Switches the UI language and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  await switchLanguage(i18n, language);
}

export default i18n;
