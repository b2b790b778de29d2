import { describe, expect, it } from 'vitest';
import { isVisible, missingRequired, questionOfError, textIn, toAnswers, visibleQuestions, type Question } from '@/components/questionnaire/questionnaire';

const text = (zh: string, en = zh) => ({ zh, en });
const questions: Question[] = [
  { id: 'q1', type: 'RATING_5', dimension: 'CLEANING', text: text('保洁'), required: true },
  { id: 'q2', type: 'TEXT', text: text('为什么？'), required: true, showIf: { questionId: 'q1', maxScore: 2 } },
  { id: 'q3', type: 'TEXT', text: text('还有呢？'), required: false, showIf: { questionId: 'q2', maxScore: 2 } },
  { id: 'q4', type: 'NPS', text: text('推荐'), required: true },
  { id: 'q5', type: 'MULTI_CHOICE', text: text('改进'), required: false, options: [{ value: 'a', label: text('甲') }, { value: 'b', label: text('乙') }] },
];

describe('questionnaire rules', () => {
  it('asks a showIf question only after a low enough rating', () => {
    const q2 = questions[1]!;
    expect(isVisible(q2, questions, {})).toBe(false);
    expect(isVisible(q2, questions, { q1: 3 })).toBe(false);
    expect(isVisible(q2, questions, { q1: 2 })).toBe(true);
    expect(isVisible(q2, questions, { q1: 1 })).toBe(true);
  });

  it('never shows a question whose condition refers to a text, a missing question or itself', () => {
    expect(visibleQuestions(questions, { q1: 1, q2: 'dirty' }).map((question) => question.id)).toEqual(['q1', 'q2', 'q4', 'q5']);
    const dangling: Question = { id: 'x', type: 'TEXT', text: text('x'), required: false, showIf: { questionId: 'gone', maxScore: 5 } };
    const self: Question = { id: 'y', type: 'RATING_5', text: text('y'), required: false, showIf: { questionId: 'y', maxScore: 5 } };
    expect(isVisible(dangling, [dangling], {})).toBe(false);
    expect(isVisible(self, [self], { y: 1 })).toBe(false);
  });

  it('requires only the questions that are asked', () => {
    expect(missingRequired(questions, {})).toEqual(['q1', 'q4']);
    expect(missingRequired(questions, { q1: 1, q4: 0 })).toEqual(['q2']);
    expect(missingRequired(questions, { q1: 1, q2: '   ', q4: 0 })).toEqual(['q2']);
    expect(missingRequired(questions, { q1: 5, q4: 10 })).toEqual([]);
  });

  it('sends the asked, answered questions in order, trimmed, and not a hidden "why"', () => {
    expect(toAnswers(questions, { q4: 9, q1: 5, q2: 'was dirty', q5: ['b'] })).toEqual([
      { questionId: 'q1', value: 5 },
      { questionId: 'q4', value: 9 },
      { questionId: 'q5', value: ['b'] },
    ]);
    expect(toAnswers(questions, { q1: 2, q2: '  地面脏  ', q4: 0, q5: [] })).toEqual([
      { questionId: 'q1', value: 2 },
      { questionId: 'q2', value: '地面脏' },
      { questionId: 'q4', value: 0 },
    ]);
  });

  it('finds the question a field error names', () => {
    const sent = toAnswers(questions, { q1: 2, q2: 'x', q4: 0 });
    expect(questionOfError('answers[1].value', sent, questions)).toBe('q2');
    expect(questionOfError('body.answers[2]', sent, questions)).toBe('q4');
    expect(questionOfError('answers.q5', sent, questions)).toBe('q5');
    expect(questionOfError('language', sent, questions)).toBeUndefined();
  });

  it('falls back to the other language when a text is missing', () => {
    expect(textIn({ zh: '保洁', en: '' }, 'en')).toBe('保洁');
    expect(textIn({ zh: '保洁', en: 'Cleaning' }, 'en')).toBe('Cleaning');
  });
});
