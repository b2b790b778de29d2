import { createI18n } from '@/i18n/create-i18n';
import en from '@/features/public-survey/i18n/en.json';
import zhCN from '@/features/public-survey/i18n/zh-CN.json';

/** The residents' page has its own i18n instance with only its own texts: none of the staff app's. */
export const publicI18n = createI18n({ 'zh-CN': { translation: zhCN }, en: { translation: en } });
