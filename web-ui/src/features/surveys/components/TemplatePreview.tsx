import { Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Questionnaire } from '@/components/questionnaire/Questionnaire';
import { textLanguageOf, type AnswerValue, type AnswerValues, type Question, type TextLanguage } from '@/components/questionnaire/questionnaire';

/**
 * The questionnaire as a resident sees it on a 360 px phone, with the public page's own question
 * components. It can be answered, so that a `showIf` question can be seen appearing.
 */
export function TemplatePreview({ title, questions }: { title: string; questions: readonly Question[] }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<TextLanguage>(() => textLanguageOf(i18n.language));
  const [values, setValues] = useState<AnswerValues>({});
  return (
    <div data-testid="template-preview">
      <Segmented
        size="small"
        value={language}
        onChange={(value) => setLanguage(value as TextLanguage)}
        options={[
          { value: 'zh', label: '中文' },
          { value: 'en', label: 'English' },
        ]}
        aria-label={t('surveys.builder.previewLanguage')}
        style={{ marginBottom: 8 }}
      />
      <div className="sv-phone" lang={language === 'zh' ? 'zh-CN' : 'en'}>
        <div className="sv-phone-screen">
          <Typography.Title level={5} style={{ margin: '4px 4px 12px' }}>
            {title || t('surveys.builder.untitled')}
          </Typography.Title>
          {questions.length === 0 ? (
            <Typography.Text type="secondary">{t('surveys.builder.noQuestions')}</Typography.Text>
          ) : (
            <Questionnaire
              questions={questions}
              language={language}
              values={values}
              onChange={(questionId: string, value: AnswerValue | undefined) => setValues((previous) => ({ ...previous, [questionId]: value }))}
              anchorPrefix="preview-q"
            />
          )}
        </div>
      </div>
    </div>
  );
}
