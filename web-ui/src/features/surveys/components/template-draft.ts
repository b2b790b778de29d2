import type { Question } from '@/components/questionnaire/questionnaire';
import type { SurveyDimension, SurveyQuestionType, SurveyTemplate, SurveyTemplateInput } from '@/features/surveys/api/list-survey-templates';
import { CHOICE_TYPES, SCORED_TYPES } from '@/features/surveys/components/labels';
import type { FieldError } from '@/lib/problem';

/** The template builder's form values: what a half-edited template may hold. */
export type DraftText = { zh?: string | undefined; en?: string | undefined };
export type DraftOption = { value?: string | undefined; label?: DraftText | undefined };
export type DraftQuestion = {
  id: string;
  type: SurveyQuestionType;
  dimension?: SurveyDimension | undefined;
  text?: DraftText | undefined;
  required?: boolean | undefined;
  options?: DraftOption[] | undefined;
  weight?: number | null | undefined;
  /** Unset, or the rating it depends on and the highest score that still asks this question. */
  showIf?: { questionId?: string | undefined; maxScore?: number | null | undefined } | undefined;
};
export type TemplateDraft = { name?: string | undefined; questions?: DraftQuestion[] | undefined };

export const NAME_MAX = 100;
export const TEXT_MAX = 500;
export const MAX_QUESTIONS = 100;
export const MAX_OPTIONS = 20;
export const OPTION_VALUE_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export function isChoice(type: SurveyQuestionType | undefined): boolean {
  return type !== undefined && CHOICE_TYPES.includes(type);
}

export function toDraft(template: SurveyTemplate): TemplateDraft {
  return {
    name: template.name,
    questions: template.questions.map((question) => ({
      ...question,
      options: question.options?.map((option) => ({ value: option.value, label: { ...option.label } })),
      text: { ...question.text },
      showIf: question.showIf ? { ...question.showIf } : undefined,
    })),
  };
}

/** The next free id of the `q<n>` kind (answers refer to ids, so existing ones never change). */
export function nextQuestionId(questions: readonly { id: string }[]): string {
  const taken = new Set(questions.map((question) => question.id));
  let next = questions.reduce((max, question) => Math.max(max, Number(/^q(\d+)$/.exec(question.id)?.[1] ?? 0)), 0) + 1;
  while (taken.has(`q${String(next)}`)) next += 1;
  return `q${String(next)}`;
}

export function nextOptionValue(options: readonly DraftOption[]): string {
  const taken = new Set(options.map((option) => option.value));
  let next = options.length + 1;
  while (taken.has(`o${String(next)}`)) next += 1;
  return `o${String(next)}`;
}

export function newQuestion(type: SurveyQuestionType, questions: readonly DraftQuestion[]): DraftQuestion {
  const id = nextQuestionId(questions);
  return {
    id,
    type,
    text: { zh: '', en: '' },
    required: type !== 'TEXT',
    ...(type === 'RATING_5' ? { dimension: 'OVERALL' as const } : {}),
    ...(isChoice(type) ? { options: [{ value: 'o1', label: { zh: '', en: '' } }, { value: 'o2', label: { zh: '', en: '' } }] } : {}),
  };
}

/** What a question keeps when its type changes: options only for choices, a weight only for ratings. */
export function withType(question: DraftQuestion, type: SurveyQuestionType): DraftQuestion {
  const { options, weight, ...rest } = question;
  return {
    ...rest,
    type,
    ...(isChoice(type)
      ? { options: options && options.length >= 2 ? options : [{ value: 'o1', label: { zh: '', en: '' } }, { value: 'o2', label: { zh: '', en: '' } }] }
      : {}),
    ...(type === 'RATING_5' && weight != null ? { weight } : {}),
  };
}

/** The questions a `showIf` of the question at `index` may refer to: the ratings and NPS asked before it. */
export function showIfCandidates(questions: readonly DraftQuestion[], index: number): DraftQuestion[] {
  return questions.slice(0, index).filter((question) => SCORED_TYPES[question.type] !== undefined);
}

const trimmed = (text: DraftText | undefined) => ({ zh: (text?.zh ?? '').trim(), en: (text?.en ?? '').trim() });

/** The draft as the API takes it: trimmed, and without what the question's type does not use. */
export function toTemplateInput(draft: TemplateDraft): SurveyTemplateInput {
  return {
    name: (draft.name ?? '').trim(),
    questions: (draft.questions ?? []).map((question) => ({
      id: question.id,
      type: question.type,
      ...(question.dimension ? { dimension: question.dimension } : {}),
      text: trimmed(question.text),
      required: question.required ?? false,
      ...(isChoice(question.type) ? { options: (question.options ?? []).map((option) => ({ value: (option.value ?? '').trim(), label: trimmed(option.label) })) } : {}),
      ...(question.type === 'RATING_5' && question.weight != null ? { weight: question.weight } : {}),
      ...(question.showIf?.questionId && question.showIf.maxScore != null ? { showIf: { questionId: question.showIf.questionId, maxScore: question.showIf.maxScore } } : {}),
    })),
  };
}

/** The draft as the preview shows it: every question, even half-written ones. */
export function toPreviewQuestions(draft: TemplateDraft | undefined): Question[] {
  return toTemplateInput(draft ?? {}).questions;
}

/**
 * A 400's field path (`questions[2].text.en`, `body.questions.2.options[0].label`) as the form's
 * field name, or undefined when the form has no such field. An error on a whole text or condition
 * goes to its first field.
 */
export function draftFieldName(field: string): (string | number)[] | undefined {
  const path = field
    .replace(/^body\./, '')
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const last = path[path.length - 1];
  if (last === 'text' || last === 'label') path.push('zh');
  if (last === 'showIf') path.push('questionId');
  const [root, index, key, sub, subKey, language] = path;
  if (root === 'name' && path.length === 1) return path;
  if (root !== 'questions' || typeof index !== 'number') return undefined;
  if (path.length === 3 && (key === 'type' || key === 'dimension' || key === 'required' || key === 'weight')) return path;
  if (path.length === 4 && key === 'text' && (sub === 'zh' || sub === 'en')) return path;
  if (path.length === 4 && key === 'showIf' && (sub === 'questionId' || sub === 'maxScore')) return path;
  if (key === 'options' && typeof sub === 'number') {
    if (path.length === 5 && subKey === 'value') return path;
    if (path.length === 6 && subKey === 'label' && (language === 'zh' || language === 'en')) return path;
  }
  return undefined;
}

/** The index of the question a field path is about (`questions[3]…` → 3). */
export function questionIndexOf(field: string): number | undefined {
  const index = /questions(?:\[|\.)(\d+)/.exec(field)?.[1];
  return index === undefined ? undefined : Number(index);
}

const blankOrLong = (value: string | undefined) => !value?.trim() || value.length > TEXT_MAX;

/**
 * The questions that the form's rules would refuse, found without their fields on screen (a
 * collapsed question's fields are not mounted): the builder opens them to show what to fix.
 */
export function questionsWithProblems(questions: readonly DraftQuestion[]): Set<string> {
  const problems = new Set<string>();
  questions.forEach((question, index) => {
    const options = question.options ?? [];
    const values = options.map((option) => option.value ?? '');
    const candidates = showIfCandidates(questions, index);
    const referenced = candidates.find((candidate) => candidate.id === question.showIf?.questionId);
    const top = referenced ? (SCORED_TYPES[referenced.type] ?? 10) : 10;
    const maxScore = question.showIf?.maxScore;
    const wrong =
      blankOrLong(question.text?.zh) ||
      blankOrLong(question.text?.en) ||
      (question.type === 'RATING_5' && !question.dimension) ||
      (isChoice(question.type) &&
        (options.length < 2 ||
          new Set(values).size !== values.length ||
          values.some((value) => !OPTION_VALUE_PATTERN.test(value)) ||
          options.some((option) => blankOrLong(option.label?.zh) || blankOrLong(option.label?.en)))) ||
      (question.showIf !== undefined &&
        (!referenced || maxScore == null || maxScore < (referenced.type === 'RATING_5' ? 1 : 0) || maxScore > top - 1));
    if (wrong) problems.add(question.id);
  });
  return problems;
}

/**
 * The API's 400 field errors sorted for the builder: those that name a form field (grouped per field, to show on it),
 * the questions they are in (to open them), and the rest (shown above the form).
 */
export function sortFieldErrors(fieldErrors: readonly FieldError[]): {
  fields: { name: (string | number)[]; errors: string[] }[];
  questionIndexes: (number | undefined)[];
  unmatched: FieldError[];
} {
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const fieldError of fieldErrors) {
    const name = draftFieldName(fieldError.field);
    if (!name) {
      unmatched.push(fieldError);
      continue;
    }
    const entry = byName.get(name.join('.')) ?? { name, errors: [] };
    entry.errors.push(fieldError.message);
    byName.set(name.join('.'), entry);
  }
  return { fields: [...byName.values()], questionIndexes: fieldErrors.map((fieldError) => questionIndexOf(fieldError.field)), unmatched };
}
