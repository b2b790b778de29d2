import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SurveyTemplatePage } from '@/features/surveys/routes/SurveyTemplatePage';
import { TEMPLATE, template } from '@/features/surveys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, problem, type MockRoute } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const PATH = `/api/v1/survey-templates/${TEMPLATE}`;

function renderBuilder(extra: MockRoute[] = [], canManage = true) {
  const fetch = mockFetch([...extra, { path: PATH, body: template(), headers: { ETag: '"7"' } }]);
  const rendered = renderWithApp([{ path: '/surveys/templates/:templateId', element: <SurveyTemplatePage canManage={canManage} /> }], { path: `/surveys/templates/${TEMPLATE}` });
  return { ...fetch, ...rendered };
}

const order = () => screen.getAllByTestId('question-card').map((card) => card.dataset.questionId);
const card = (id: string) => document.querySelector<HTMLElement>(`[data-testid="question-card"][data-question-id="${id}"]`)!;
// A querySelector by accessible label: role queries are very slow over a form this large.
const button = (label: string) => {
  const element = document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!element) throw new Error(`no button "${label}"`);
  return element;
};
const puts = (requests: ReturnType<typeof mockFetch>['requests']) => requests.filter((request) => request.method === 'PUT');

describe('SurveyTemplatePage (template builder)', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('reorders with the keyboard-reachable arrow buttons and saves the new order with If-Match', async () => {
    const { requests } = renderBuilder([{ method: 'PUT', path: PATH, body: template({ version: 3 }), headers: { ETag: '"8"' } }]);
    expect(await screen.findByTestId('version-note')).toHaveTextContent('版本 2 · 已有 1 个调查使用');
    expect(order()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    const user = userEvent.setup();

    await user.click(button('下移第 5 题'));
    expect(order()).toEqual(['q1', 'q2', 'q3', 'q4', 'q6', 'q5']);
    expect(screen.getByText('已移到第 6 题（共 6 题）')).toBeInTheDocument();
    // At the end the keyboard lands on the button that can still move it.
    await waitFor(() => expect(button('上移第 6 题')).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    await user.click(button('上移第 4 题'));
    expect(order()).toEqual(['q1', 'q2', 'q4', 'q3', 'q5', 'q6']);
    // The first can go no higher.
    expect(button('上移第 1 题')).toBeDisabled();

    await user.click(screen.getByTestId('save-template'));
    await waitFor(() => expect(puts(requests)).toHaveLength(1));
    const put = puts(requests)[0]!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    const body = put.body as { name: string; questions: { id: string; showIf?: unknown; weight?: number }[] };
    expect(body.name).toBe('季度满意度调查');
    expect(body.questions.map((question) => question.id)).toEqual(['q1', 'q2', 'q4', 'q3', 'q5', 'q6']);
    expect(body.questions[1]?.showIf).toEqual({ questionId: 'q1', maxScore: 2 });
    expect(body.questions[3]?.weight).toBe(2);
    expect(await screen.findByText('已保存为版本 3，使用旧版本的调查不受影响。')).toBeInTheDocument();
  }, 90_000);

  it('checks the fields before saving and opens the questions that need fixing', async () => {
    const { requests } = renderBuilder();
    await screen.findByTestId('version-note');
    const user = userEvent.setup();
    await user.click(button('编辑第 3 题'));
    const english = within(card('q3')).getByLabelText('题目（英文）');
    await user.clear(english);
    // The rating its "why" follows cannot come after it.
    await user.click(button('上移第 2 题'));
    await user.click(screen.getByTestId('save-template'));

    // (antd re-animates a message when the form checks again, so look it up each time.)
    await waitFor(() => expect(within(card('q3')).getByText('必填')).toBeInTheDocument());
    await waitFor(() => expect(within(card('q2')).getByText('请选择本题之前的评分题或推荐度题')).toBeInTheDocument());
    // The "why" question, collapsed before, is opened to show its error.
    expect(button('收起第 1 题')).toBeInTheDocument();
    expect(puts(requests)).toHaveLength(0);
  }, 90_000);

  it("puts a 400's field errors on the fields and lists the rest", async () => {
    renderBuilder([
      {
        method: 'PUT',
        path: PATH,
        status: 400,
        body: problem(400, 'VALIDATION_FAILED', 'Invalid request', undefined, {
          errors: [
            { field: 'questions[4].options[1].label.en', message: 'must not be blank' },
            { field: 'questions[4].options', message: 'option value lift appears twice' },
          ],
        }),
      },
    ]);
    await screen.findByTestId('version-note');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('save-template'));
    expect(await within(card('q5')).findByText('must not be blank')).toBeInTheDocument();
    expect(within(card('q5')).getByLabelText('选项 2（英文）')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('form-problem')).toHaveTextContent('questions[4].options: option value lift appears twice');
  }, 90_000);

  it('says so when someone else saved first (412), with a reload', async () => {
    renderBuilder([{ method: 'PUT', path: PATH, status: 412, body: problem(412, 'PRECONDITION_FAILED', 'Precondition failed') }]);
    await screen.findByTestId('version-note');
    await userEvent.setup().click(screen.getByTestId('save-template'));
    expect(await screen.findByText('其他人已修改了此记录')).toBeInTheDocument();
    expect(screen.getByText('重新加载')).toBeInTheDocument();
  }, 60_000);

  it('lets others read the template but not change it', async () => {
    renderBuilder([], false);
    expect(await screen.findByTestId('template-version')).toHaveTextContent('v2');
    expect(screen.queryByTestId('save-template')).toBeNull();
    expect(screen.queryByTestId('add-question')).toBeNull();
    expect(document.querySelector('button[aria-label="上移第 2 题"]')).toBeNull();
    expect(screen.getByLabelText('模板名称')).toBeDisabled();
    // Still readable: a question opens.
    await userEvent.setup().click(button('编辑第 1 题'));
    expect(within(card('q1')).getByLabelText('题目（中文）')).toHaveValue('您对保洁服务满意吗？');
  }, 60_000);
});
