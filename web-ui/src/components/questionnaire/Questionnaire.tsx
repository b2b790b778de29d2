import { QuestionField } from '@/components/questionnaire/QuestionField';
import { visibleQuestions, type AnswerValue, type AnswerValues, type Question, type TextLanguage } from '@/components/questionnaire/questionnaire';
import '@/components/questionnaire/questionnaire.css';

/** The element id of a question, to scroll to it (the first one missing an answer). */
export function questionAnchorId(prefix: string, questionId: string): string {
  return `${prefix}-${questionId}`;
}

/**
 * The asked questions of a questionnaire, numbered in the order they appear; a `showIf` question
 * slides in right after a low enough rating.
 */
export function Questionnaire({
  questions,
  language,
  values,
  onChange,
  errors = {},
  disabled = false,
  anchorPrefix,
}: {
  questions: readonly Question[];
  language: TextLanguage;
  values: AnswerValues;
  onChange: (questionId: string, value: AnswerValue | undefined) => void;
  errors?: Readonly<Record<string, string>>;
  disabled?: boolean;
  anchorPrefix: string;
}) {
  return (
    <div className="qn-list">
      {visibleQuestions(questions, values).map((question, index) => (
        <QuestionField
          key={question.id}
          question={question}
          number={index + 1}
          language={language}
          value={values[question.id]}
          onChange={(value) => onChange(question.id, value)}
          error={errors[question.id]}
          disabled={disabled}
          anchorId={questionAnchorId(anchorPrefix, question.id)}
        />
      ))}
    </div>
  );
}
