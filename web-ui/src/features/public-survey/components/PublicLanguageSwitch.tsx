import GlobalOutlined from '@ant-design/icons-svg/es/asn/GlobalOutlined';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SvgIcon } from '@/components/SvgIcon';
import { languageOf, switchLanguage } from '@/i18n/create-i18n';
import { LANGUAGES, type Language } from '@/i18n/language';

const LABELS: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };
const SHORT: Record<Language, string> = { 'zh-CN': '中', en: 'EN' };

/**
 * The residents' language menu (简体中文 / English), without Ant Design's dropdown: a button and a small menu that
 * closes on a choice, Escape or a tap elsewhere. The choice is remembered, as in the staff app.
 */
export function PublicLanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = languageOf(i18n);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const away = (event: Event) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', escape);
    box.current?.querySelector<HTMLElement>('[aria-current="true"]')?.focus();
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div className="ps-lang" ref={box}>
      <button
        type="button"
        className="ps-lang-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('publicSurvey.switchLanguage')}
        data-testid="language-switch"
        onClick={() => setOpen((value) => !value)}
      >
        <SvgIcon icon={GlobalOutlined} /> {SHORT[current]}
      </button>
      {open && (
        <div className="ps-lang-menu" role="menu" id={menuId}>
          {LANGUAGES.map((language) => (
            <button
              key={language}
              type="button"
              role="menuitem"
              aria-current={language === current ? 'true' : undefined}
              lang={language}
              className="ps-lang-item"
              onClick={() => {
                setOpen(false);
                void switchLanguage(i18n, language);
              }}
            >
              {LABELS[language]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
