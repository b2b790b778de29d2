import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPublicQueryClient, PublicProviders } from '@/app/PublicApp';
import { publicI18n } from '@/app/public-i18n';
import { PublicSurveyPage } from '@/features/public-survey/routes/PublicSurveyPage';
import { switchLanguage } from '@/i18n/create-i18n';
import { QUESTIONS } from '@/features/surveys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, problem, type MockRoute } from '@/testing/fetch-mock';

const TOKEN = 'k3J9_qPz-0aXbYcDeFgHiJkLmNoPqRsTuVwXyZ01234';
const SURVEY_PATH = `/api/v1/public/surveys/${TOKEN}`;
const ANSWER_PATH = `${SURVEY_PATH}/responses`;
const survey = { title: '2026 年第 4 季度满意度调查', projectName: '阳光花园', unitLabel: '1-1201', anonymous: false, closesAt: '2026-11-30T15:59:00Z', questions: QUESTIONS };
const receipt = { id: 'r1000000-0000-4000-8000-000000000001', receivedAt: '2026-11-20T02:00:00Z' };

/** The page as a resident's link loads it: the public providers only (no Ant Design, no router, its own texts). */
function renderPublic(token = TOKEN) {
  return render(
    <PublicProviders queryClient={createPublicQueryClient()}>
      <PublicSurveyPage token={token} />
    </PublicProviders>,
  );
}

function renderPage(routes: MockRoute[], token = TOKEN) {
  const fetch = mockFetch(routes);
  const rendered = renderPublic(token);
  return { ...fetch, ...rendered };
}

const question = (id: string) => document.querySelector<HTMLElement>(`[data-question-id="${id}"]`);
const star = (id: string, score: number) => within(question(id)!).getByRole('radio', { name: new RegExp(`^${String(score)} 星`) });
const npsScore = (id: string, score: number) => within(question(id)!).getByRole('radio', { name: String(score) });
const state = () => screen.findByTestId('link-state');

/** Answers the required questions with high scores (so the "why" stays hidden). */
async function answerRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.click(star('q1', 5));
  await user.click(star('q3', 4));
  await user.click(npsScore('q4', 9));
}

describe('PublicSurveyPage', () => {
  beforeEach(async () => {
    await switchLanguage(publicI18n, 'zh-CN');
  });

  it('shows the questionnaire with required marks, and asks "why" only after a low rating', async () => {
    renderPage([{ path: SURVEY_PATH, body: survey }]);
    expect(await screen.findByRole('heading', { name: survey.title })).toBeInTheDocument();
    expect(screen.getByText('房号 1-1201')).toBeInTheDocument();
    expect(screen.getByText('阳光花园')).toBeInTheDocument();
    expect(within(question('q1')!).getByText('（必答）')).toBeInTheDocument();
    expect(within(question('q5')!).getByText('（选答）')).toBeInTheDocument();
    expect(question('q2')).toBeNull();

    const user = userEvent.setup();
    await user.click(star('q1', 2));
    expect(star('q1', 2)).toHaveAttribute('aria-checked', 'true');
    expect(question('q2')).not.toBeNull();
    expect(screen.getAllByTestId('survey-question').map((element) => element.dataset.questionId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);

    await user.click(star('q1', 3));
    expect(question('q2')).toBeNull();
    // The arrow keys move the rating, as in any radio group.
    star('q1', 3).focus();
    await user.keyboard('{ArrowLeft}');
    expect(star('q1', 2)).toHaveAttribute('aria-checked', 'true');
    expect(star('q1', 2)).toHaveFocus();
    expect(question('q2')).not.toBeNull();
  }, 60_000);

  it('marks unanswered required questions (the shown "why" included) and sends nothing', async () => {
    const { requests } = renderPage([{ path: SURVEY_PATH, body: survey }]);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: survey.title });
    await user.click(star('q1', 1));
    await user.click(screen.getByTestId('submit-survey'));

    for (const id of ['q2', 'q3', 'q4']) expect(within(question(id)!).getByRole('alert')).toHaveTextContent('请回答此题');
    expect(within(question('q1')!).queryByRole('alert')).toBeNull();
    expect(screen.getByText('还有 3 道必答题未回答')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await user.click(star('q3', 5));
    expect(within(question('q3')!).queryByRole('alert')).toBeNull();
  }, 60_000);

  it('sends once on a slow network — the button is disabled and a second tap does nothing — without the staff token', async () => {
    // A staff member signed in on this browser: the resident's page must not send their token.
    saveToken('staff-token', 900);
    const { requests, fetchMock } = mockFetch([
      { path: SURVEY_PATH, body: survey },
      { method: 'POST', path: ANSWER_PATH, status: 201, body: receipt },
    ]);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let posts = 0;
    vi.stubGlobal('fetch', async (input: Request) => {
      if (input.method === 'POST') {
        posts += 1;
        await gate;
      }
      return fetchMock(input);
    });
    renderPublic();
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: survey.title });
    await user.click(star('q1', 2));
    await user.click(within(question('q2')!).getByRole('textbox'));
    await user.paste('  楼道没人打扫  ');
    await user.click(star('q3', 4));
    await user.click(npsScore('q4', 10));
    await user.click(within(question('q5')!).getByText('电梯'));

    const submit = screen.getByTestId('submit-survey');
    await user.click(submit);
    await user.click(submit);
    await waitFor(() => expect(submit).toBeDisabled());
    expect(submit).toHaveTextContent('正在提交');
    expect(npsScore('q4', 10)).toBeDisabled();
    expect(posts).toBe(1);

    release();
    expect(await state()).toHaveAttribute('data-state', 'thanks');
    expect(screen.getByText('感谢您的参与！')).toBeInTheDocument();
    expect(posts).toBe(1);
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${SURVEY_PATH}`, `POST ${ANSWER_PATH}`]);
    expect(requests.every((request) => !request.headers.has('Authorization'))).toBe(true);
    expect(requests[1]?.body).toEqual({
      answers: [
        { questionId: 'q1', value: 2 },
        { questionId: 'q2', value: '楼道没人打扫' },
        { questionId: 'q3', value: 4 },
        { questionId: 'q4', value: 10 },
        { questionId: 'q5', value: ['lift'] },
      ],
      language: 'zh-CN',
    });
  }, 60_000);

  it('keeps every answer when sending fails, and the retry goes through', async () => {
    const { fetchMock } = mockFetch([
      { path: SURVEY_PATH, body: survey },
      { method: 'POST', path: ANSWER_PATH, status: 201, body: receipt },
    ]);
    let offline = true;
    vi.stubGlobal('fetch', async (input: Request) => {
      if (input.method === 'POST' && offline) throw new TypeError('Failed to fetch');
      return fetchMock(input);
    });
    renderPublic();
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: survey.title });
    await answerRequired(user);
    await user.click(within(question('q6')!).getByRole('textbox'));
    await user.paste('车位太少');
    await user.click(screen.getByTestId('submit-survey'));

    expect(await screen.findByTestId('send-problem')).toHaveTextContent('提交失败');
    expect(screen.getByTestId('send-problem')).toHaveTextContent('您的回答已保留在本页');
    expect(star('q1', 5)).toHaveAttribute('aria-checked', 'true');
    expect(within(question('q6')!).getByRole('textbox')).toHaveValue('车位太少');
    expect(screen.getByTestId('submit-survey')).toBeEnabled();

    offline = false;
    await user.click(screen.getByTestId('submit-survey'));
    expect(await state()).toHaveAttribute('data-state', 'thanks');
  }, 60_000);

  it('thanks the resident when a retry finds that the lost first answer did arrive', async () => {
    const { fetchMock } = mockFetch([
      { path: SURVEY_PATH, body: survey },
      { method: 'POST', path: ANSWER_PATH, status: 409, body: problem(409, 'SURVEY_ALREADY_ANSWERED', '已提交过') },
    ]);
    let attempts = 0;
    vi.stubGlobal('fetch', async (input: Request) => {
      if (input.method === 'POST' && ++attempts === 1) throw new TypeError('connection reset');
      return fetchMock(input);
    });
    renderPublic();
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: survey.title });
    await answerRequired(user);
    await user.click(screen.getByTestId('submit-survey'));
    await screen.findByTestId('send-problem');
    await user.click(screen.getByTestId('submit-survey'));
    expect(await state()).toHaveAttribute('data-state', 'thanks');
  }, 60_000);

  it("puts a 400's error on the question it names", async () => {
    renderPage([
      { path: SURVEY_PATH, body: survey },
      {
        method: 'POST',
        path: ANSWER_PATH,
        status: 400,
        body: problem(400, 'VALIDATION_FAILED', 'Invalid request', undefined, { errors: [{ field: 'answers.q4', message: '必须是 0 到 10 的整数' }] }),
      },
    ]);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: survey.title });
    await answerRequired(user);
    await user.click(screen.getByTestId('submit-survey'));
    expect(await within(question('q4')!).findByRole('alert')).toHaveTextContent('必须是 0 到 10 的整数');
    expect(screen.getByTestId('send-problem')).toHaveTextContent('部分回答未被接受');
  }, 60_000);

  it.each([
    [404, 'SURVEY_NOT_FOUND', 'unknown', '链接无效'],
    [409, 'SURVEY_ALREADY_ANSWERED', 'answered', '您已提交过'],
    [409, 'SURVEY_NOT_OPEN', 'notOpen', '调查尚未开始'],
    [410, 'SURVEY_CLOSED', 'closed', '调查已结束'],
    [410, 'SURVEY_LINK_REVOKED', 'revoked', '此链接已被替换'],
  ] as const)('answers %i %s with the "%s" page', async (status, code, expected, title) => {
    renderPage([{ path: SURVEY_PATH, status, body: problem(status, code, code) }]);
    expect(await state()).toHaveAttribute('data-state', expected);
    expect(screen.getByText(title)).toBeInTheDocument();
    expect(screen.queryByTestId('submit-survey')).toBeNull();
  });

  it('says how long to wait when rate-limited, then lets the resident try again', async () => {
    renderPage([{ path: SURVEY_PATH, status: 429, headers: { 'Retry-After': '20' }, body: problem(429, 'RATE_LIMITED', 'Too many requests') }]);
    expect(await state()).toHaveAttribute('data-state', 'rateLimited');
    expect(screen.getByText(/请求过于频繁，(20|19) 秒后可重试/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeDisabled();
  });

  it('offers a retry when the network is down, which loads the survey', async () => {
    const { fetchMock } = mockFetch([{ path: SURVEY_PATH, body: survey }]);
    let offline = true;
    vi.stubGlobal('fetch', async (input: Request) => {
      if (offline) throw new TypeError('Failed to fetch');
      return fetchMock(input);
    });
    renderPublic();
    expect(screen.getByTestId('survey-loading')).toBeInTheDocument();
    expect(await state()).toHaveAttribute('data-state', 'unavailable');
    offline = false;
    await userEvent.setup().click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByRole('heading', { name: survey.title })).toBeInTheDocument();
  }, 60_000);

  it('calls nothing for a link that cannot be a token', async () => {
    const { requests } = renderPage([], 'not-a-token');
    expect(await state()).toHaveAttribute('data-state', 'unknown');
    expect(requests).toHaveLength(0);
  });

  it('switches to English on the page', async () => {
    renderPage([{ path: SURVEY_PATH, body: survey }]);
    await screen.findByRole('heading', { name: survey.title });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('language-switch'));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));
    expect(await screen.findByText('How satisfied are you with cleaning?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
    expect(screen.getByText('Unit 1-1201')).toBeInTheDocument();
  }, 60_000);
});
