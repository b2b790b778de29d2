import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/i18n/en.json';
import zhCN from '@/i18n/zh-CN.json';
import { initialLanguage, isLanguage, persistLanguage, type Language } from '@/i18n/language';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** <html lang>, and dayjs (Ant Design's date pickers: month and weekday names, weeks from Monday in Chinese). */
function followLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}
i18n.on('languageChanged', followLanguage);
followLanguage(i18n.language);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** Switches the UI language and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  persistLanguage(language);
  await i18n.changeLanguage(language);
}

export default i18n;
