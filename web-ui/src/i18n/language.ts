export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'steward.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** zh, zh-CN, zh-TW, zh-Hans… → zh-CN; anything else → en. */
export function languageFromNavigator(navigatorLanguage: string | undefined): Language {
  return navigatorLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The stored choice if the user made one, else the browser's language. */
export function initialLanguage(): Language {
  const stored = safeGet();
  if (isLanguage(stored)) return stored;
  return languageFromNavigator(typeof navigator === 'undefined' ? undefined : navigator.language);
}

export function persistLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage full: the choice then lasts for this page only.
  }
}

function safeGet(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
