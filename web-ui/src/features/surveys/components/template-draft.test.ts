import { describe, expect, it } from 'vitest';
import {
  draftFieldName,
  newQuestion,
  nextQuestionId,
  questionIndexOf,
  questionsWithProblems,
  sortFieldErrors,
  toDraft,
  toTemplateInput,
  withType,
  type DraftQuestion,
} from '@/features/surveys/components/template-draft';
import { QUESTIONS, template } from '@/features/surveys/testing/fixtures';

const text = (zh: string, en = zh) => ({ zh, en });

describe('template drafts', () => {
  it('sends what the API takes: trimmed, options only for choices, weights only for ratings, whole conditions only', () => {
    const draft = toDraft(template());
    const questions = draft.questions ?? [];
    questions[0] = { ...questions[0]!, text: text('  保洁？ ', ' Cleaning? '), options: [] };
    questions[5] = { ...questions[5]!, showIf: { questionId: 'q4', maxScore: null } };
    const input = toTemplateInput({ name: ' 季度调查 ', questions });
    expect(input.name).toBe('季度调查');
    expect(input.questions[0]).toEqual({ id: 'q1', type: 'RATING_5', dimension: 'CLEANING', text: text('保洁？', 'Cleaning?'), required: true });
    expect(input.questions[2]?.weight).toBe(2);
    expect(input.questions[4]?.options).toHaveLength(2);
    expect(input.questions[5]).not.toHaveProperty('showIf');
    expect(toTemplateInput(toDraft(template())).questions).toEqual(QUESTIONS);
  });

  it('keeps ids stable and picks the next free one', () => {
    expect(nextQuestionId([{ id: 'q1' }, { id: 'q7' }, { id: 'custom' }])).toBe('q8');
    expect(nextQuestionId([])).toBe('q1');
    expect(newQuestion('SINGLE_CHOICE', [{ id: 'q1', type: 'TEXT' }]).options).toHaveLength(2);
    expect(newQuestion('RATING_5', []).dimension).toBe('OVERALL');
  });

  it('changing the type drops what the new type does not use', () => {
    const rating: DraftQuestion = { id: 'q1', type: 'RATING_5', dimension: 'CLEANING', text: text('a'), weight: 2 };
    expect(withType(rating, 'TEXT')).toEqual({ id: 'q1', type: 'TEXT', dimension: 'CLEANING', text: text('a') });
    expect(withType(rating, 'MULTI_CHOICE').options).toHaveLength(2);
    expect(withType(rating, 'RATING_5').weight).toBe(2);
  });

  it('finds the questions the rules would refuse, folded or not', () => {
    const questions: DraftQuestion[] = [
      { id: 'q1', type: 'RATING_5', dimension: 'CLEANING', text: text('a') },
      { id: 'q2', type: 'TEXT', text: text('why', ''), showIf: { questionId: 'q1', maxScore: 2 } },
      { id: 'q3', type: 'RATING_5', text: text('b') },
      { id: 'q4', type: 'TEXT', text: text('c'), showIf: { questionId: 'q1', maxScore: 5 } },
      { id: 'q5', type: 'SINGLE_CHOICE', text: text('d'), options: [{ value: 'x', label: text('x') }, { value: 'x', label: text('y') }] },
      { id: 'q6', type: 'TEXT', text: text('e'), showIf: { questionId: 'q7', maxScore: 1 } },
      { id: 'q7', type: 'NPS', text: text('f') },
      { id: 'q8', type: 'TEXT', text: text('g'), showIf: { questionId: 'q7', maxScore: 9 } },
    ];
    // q2: no English; q3: a rating without a dimension; q4: 5 is not low; q5: a value twice; q6: refers to a later question.
    expect([...questionsWithProblems(questions)]).toEqual(['q2', 'q3', 'q4', 'q5', 'q6']);
    expect(questionsWithProblems(toDraft(template()).questions ?? []).size).toBe(0);
  });

  it("sorts the API's 400 field errors: per form field, the questions to open, the rest above the form", () => {
    const sorted = sortFieldErrors([
      { field: 'questions[2].text.en', message: 'required' },
      { field: 'questions[2].text.en', message: 'too long' },
      { field: 'questions[4].options', message: 'at least two' },
      { field: 'name', message: 'taken' },
    ]);
    expect(sorted.fields).toEqual([
      { name: ['questions', 2, 'text', 'en'], errors: ['required', 'too long'] },
      { name: ['name'], errors: ['taken'] },
    ]);
    expect(sorted.questionIndexes).toEqual([2, 2, 4, undefined]);
    expect(sorted.unmatched).toEqual([{ field: 'questions[4].options', message: 'at least two' }]);
  });

  it("maps the API's field paths onto the form's fields", () => {
    expect(draftFieldName('name')).toEqual(['name']);
    expect(draftFieldName('body.questions[2].text.en')).toEqual(['questions', 2, 'text', 'en']);
    expect(draftFieldName('questions[2].text')).toEqual(['questions', 2, 'text', 'zh']);
    expect(draftFieldName('questions[3].showIf')).toEqual(['questions', 3, 'showIf', 'questionId']);
    expect(draftFieldName('questions[3].showIf.maxScore')).toEqual(['questions', 3, 'showIf', 'maxScore']);
    expect(draftFieldName('questions.4.options[1].label.en')).toEqual(['questions', 4, 'options', 1, 'label', 'en']);
    expect(draftFieldName('questions[4].options')).toBeUndefined();
    expect(draftFieldName('questions[4].id')).toBeUndefined();
    expect(draftFieldName('something')).toBeUndefined();
    expect(questionIndexOf('questions[4].options')).toBe(4);
    expect(questionIndexOf('name')).toBeUndefined();
  });
});
