import StarFilled from '@ant-design/icons-svg/es/asn/StarFilled';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn, TEXT_MAX_LENGTH, type AnswerValue, type Question, type TextLanguage } from '@/components/questionnaire/questionnaire';
import { ScaleInput } from '@/components/questionnaire/ScaleInput';
import { SvgIcon } from '@/components/SvgIcon';

const RATING_SCORES = [1, 2, 3, 4, 5] as const;
const NPS_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** NPS zones: 0–6 detractors, 7–8 passives, 9–10 promoters (coloured faintly, so the scale reads at a glance). */
function npsZone(score: number): 'low' | 'mid' | 'high' {
  if (score <= 6) return 'low';
  return score <= 8 ? 'mid' : 'high';
}

/** One question with its number, text, required mark, input and error; big touch targets throughout. */
export function QuestionField({
  question,
  number,
  language,
  value,
  onChange,
  error,
  disabled = false,
  anchorId,
}: {
  question: Question;
  number: number;
  language: TextLanguage;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  error?: string | undefined;
  disabled?: boolean;
  /** The element id to scroll to when the question needs an answer. */
  anchorId: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorId = useId();
  const invalid = error !== undefined;
  const describedBy = invalid ? errorId : undefined;
  const title = textIn(question.text, language) || t('publicSurvey.question.untitled');

  const input = (() => {
    switch (question.type) {
      case 'RATING_5': {
        const score = typeof value === 'number' ? value : undefined;
        return (
          <>
            <ScaleInput
              scores={RATING_SCORES}
              value={score}
              onChange={onChange}
              disabled={disabled}
              labelledBy={titleId}
              required={question.required}
              invalid={invalid}
              className="qn-stars"
              itemLabel={(item) => t('publicSurvey.question.starLabel', { score: item, label: t(`publicSurvey.question.rating.${item}`) })}
              renderItem={(item) => <SvgIcon icon={StarFilled} className={score !== undefined && item <= score ? 'qn-star-on' : 'qn-star-off'} />}
            />
            <div className="qn-scale-caption" aria-hidden>
              {score !== undefined ? t(`publicSurvey.question.rating.${score}`) : t('publicSurvey.question.tapStars')}
            </div>
          </>
        );
      }
      case 'NPS': {
        const score = typeof value === 'number' ? value : undefined;
        return (
          <>
            <ScaleInput
              scores={NPS_SCORES}
              value={score}
              onChange={onChange}
              disabled={disabled}
              labelledBy={titleId}
              required={question.required}
              invalid={invalid}
              className="qn-nps"
              itemLabel={(item) => String(item)}
              renderItem={(item, selected) => <span className={`qn-nps-${npsZone(item)}${selected ? ' qn-nps-selected' : ''}`}>{item}</span>}
            />
            <div className="qn-nps-ends" aria-hidden>
              <span>{t('publicSurvey.question.npsLow')}</span>
              <span>{t('publicSurvey.question.npsHigh')}</span>
            </div>
          </>
        );
      }
      case 'SINGLE_CHOICE':
      case 'MULTI_CHOICE': {
        // Native inputs (each option a full-width row): no component library on the residents' page.
        const multiple = question.type === 'MULTI_CHOICE';
        const chosen = multiple ? (Array.isArray(value) ? value : []) : typeof value === 'string' ? [value] : [];
        return (
          <div className="qn-options" role={multiple ? 'group' : 'radiogroup'} aria-labelledby={titleId} aria-describedby={describedBy}>
            {(question.options ?? []).map((option) => {
              const checked = chosen.includes(option.value);
              return (
                <label key={option.value} className={`qn-option${checked ? ' qn-option-checked' : ''}${disabled ? ' qn-option-disabled' : ''}`}>
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={titleId}
                    value={option.value}
                    checked={checked}
                    disabled={disabled}
                    onChange={(event) => {
                      if (!multiple) onChange(option.value);
                      else onChange(event.target.checked ? [...chosen, option.value] : chosen.filter((item) => item !== option.value));
                    }}
                  />
                  <span>{textIn(option.label, language)}</span>
                </label>
              );
            })}
          </div>
        );
      }
      case 'TEXT':
        return (
          <textarea
            className={`qn-textarea${invalid ? ' qn-textarea-invalid' : ''}`}
            aria-labelledby={titleId}
            aria-describedby={describedBy}
            aria-required={question.required}
            aria-invalid={invalid || undefined}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => onChange(event.target.value)}
            maxLength={TEXT_MAX_LENGTH}
            rows={3}
            placeholder={t('publicSurvey.question.textPlaceholder')}
            disabled={disabled}
          />
        );
    }
  })();

  return (
    <section className={`qn-question${invalid ? ' qn-invalid' : ''}`} id={anchorId} data-testid="survey-question" data-question-id={question.id}>
      <div className="qn-title">
        <span className="qn-number" aria-hidden>
          {number}
        </span>
        <span id={titleId}>
          {title}
          {question.required ? (
            <span className="qn-required">
              <span aria-hidden> *</span>
              <span className="qn-visually-hidden">{t('publicSurvey.question.requiredForReaders')}</span>
            </span>
          ) : (
            <span className="qn-optional"> {t('publicSurvey.question.optional')}</span>
          )}
        </span>
      </div>
      {question.type === 'MULTI_CHOICE' && <div className="qn-hint">{t('publicSurvey.question.multiHint')}</div>}
      {input}
      {invalid && (
        <div id={errorId} className="qn-error" role="alert">
          {error}
        </div>
      )}
    </section>
  );
}
