import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, isLanguage, persistLanguage, type Language } from '@/i18n/language';

/**
 * One i18next instance with the app's settings: the remembered or the browser's language, English as the fallback,
 * `<html lang>` following the language. The staff app and the residents' survey page each make their own, with
 * only their own texts (the survey page must stay small: see bench/public-survey-weight.mjs).
 */
export function createI18n(resources: Resource, onLanguage?: (language: Language) => void): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const follow = (language: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
    onLanguage?.(isLanguage(language) ? language : 'en');
  };
  instance.on('languageChanged', follow);
  follow(instance.language);
  return instance;
}

/** The instance's language as one of ours. */
export function languageOf(instance: I18n): Language {
  return isLanguage(instance.language) ? instance.language : 'en';
}

/** Switches an instance's language and remembers the choice. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  persistLanguage(language);
  await instance.changeLanguage(language);
}
