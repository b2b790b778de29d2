import type { Schemas } from '@/lib/api/client';

/**
 * The rules of a questionnaire that every screen showing one shares: the resident's public page,
 * the template builder's preview and the staff's paper/phone entry.
 */
export type Question = Schemas['SurveyQuestion'];
export type LocalizedText = Schemas['LocalizedText'];
export type Answer = Schemas['SurveyAnswer'];
export type AnswerValue = Schemas['SurveyAnswerValue'];
export type AnswerValues = Readonly<Record<string, AnswerValue | undefined>>;
/** The language of a questionnaire's texts (its templates hold `zh` and `en`). */
export type TextLanguage = keyof LocalizedText;

export const TEXT_MAX_LENGTH = 2000;

export function textLanguageOf(uiLanguage: string): TextLanguage {
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The text in the wanted language, else in the other one (a half-written template in the builder). */
export function textIn(text: LocalizedText | undefined, language: TextLanguage): string {
  if (!text) return '';
  const other: TextLanguage = language === 'zh' ? 'en' : 'zh';
  return text[language].trim() || text[other].trim();
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.trim().length > 0;
  return value.length > 0;
}

/**
 * A question with `showIf` is asked only when the rating it refers to was answered with at most
 * `maxScore` (and that rating is itself asked). Unanswered means not low: the "why" stays hidden.
 */
export function isVisible(question: Question, questions: readonly Question[], values: AnswerValues, seen: ReadonlySet<string> = new Set()): boolean {
  const condition = question.showIf;
  if (!condition) return true;
  if (seen.has(question.id)) return false; // a cycle in a half-edited template: never shown
  const referenced = questions.find((candidate) => candidate.id === condition.questionId);
  if (!referenced) return false;
  const value = values[referenced.id];
  if (typeof value !== 'number' || value > condition.maxScore) return false;
  return isVisible(referenced, questions, values, new Set([...seen, question.id]));
}

export function visibleQuestions(questions: readonly Question[], values: AnswerValues): Question[] {
  return questions.filter((question) => isVisible(question, questions, values));
}

/** The ids of the asked, required questions that have no answer yet, in order. */
export function missingRequired(questions: readonly Question[], values: AnswerValues): string[] {
  return visibleQuestions(questions, values)
    .filter((question) => question.required && !isAnswered(values[question.id]))
    .map((question) => question.id);
}

/**
 * What is sent: the answers of the asked questions only, in the questionnaire's order. A "why"
 * typed and then hidden again by a better rating is kept on screen but not sent (the API refuses
 * answers to hidden questions).
 */
export function toAnswers(questions: readonly Question[], values: AnswerValues): Answer[] {
  return visibleQuestions(questions, values).flatMap((question) => {
    const value = values[question.id];
    if (value === undefined || !isAnswered(value)) return [];
    return [{ questionId: question.id, value: typeof value === 'string' ? value.trim() : value }];
  });
}

/**
 * Which question a 400's field error is about: `answers[2].value` is the third answer sent, a path
 * that names a question id (`answers.q3`, `q3`) is that question.
 */
export function questionOfError(field: string, sent: readonly Answer[], questions: readonly Question[]): string | undefined {
  const index = /answers\[(\d+)]/.exec(field)?.[1];
  if (index !== undefined) return sent[Number(index)]?.questionId;
  const segments = field.split(/[.[\]]/).filter(Boolean);
  return questions.find((question) => segments.includes(question.id))?.id;
}
