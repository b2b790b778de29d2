import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SurveyCommentsPage } from '@/features/surveys/routes/SurveyCommentsPage';
import { CAMPAIGN, campaign, comment, PROJECT } from '@/features/surveys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, type MockRoute } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const WORK_ORDER = 'e0000000-0000-4000-8000-000000000042';
const written = comment();
const lowRating = comment({ id: 'e1000000-0000-4000-8000-000000000002', questionId: 'q3', dimension: 'SECURITY', kind: 'LOW_RATING', text: undefined, score: 1, tags: [], version: 0 });

function renderLibrary(routes: MockRoute[] = [], canHandle = true) {
  const fetch = mockFetch([
    ...routes,
    { path: `/api/v1/survey-campaigns/${CAMPAIGN}`, body: campaign() },
    { path: `/api/v1/survey-campaigns/${CAMPAIGN}/comments`, body: { items: [written, lowRating] } },
    { path: `/api/v1/projects/${PROJECT}/buildings`, body: { items: [] } },
  ]);
  const rendered = renderWithApp([{ path: '/surveys/campaigns/:campaignId/comments', element: <SurveyCommentsPage canHandle={canHandle} /> }], {
    path: `/surveys/campaigns/${CAMPAIGN}/comments`,
  });
  return { ...fetch, ...rendered };
}

const card = (id: string) => document.querySelector<HTMLElement>(`[data-comment-id="${id}"]`)!;

describe('SurveyCommentsPage (opinion library)', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('shows each opinion with its question, place and tags; a low rating says it has no reason', async () => {
    renderLibrary();
    expect(await screen.findByText('楼道垃圾经常过夜才清理')).toBeInTheDocument();
    expect(card(written.id)).toHaveTextContent('哪里不满意？');
    expect(card(written.id)).toHaveTextContent('1号楼 · 1-1201');
    expect(within(card(written.id)).getByTestId('comment-tags')).toHaveTextContent('垃圾清运');
    expect(card(lowRating.id)).toHaveTextContent('低分（1），未填写原因。');
  });

  it('may raise a REPAIR from an opinion, not only a complaint or a rectification', async () => {
    const linked = { ...written, workOrderId: WORK_ORDER, workOrderCode: 'SG-20261105-0002', workOrderStatus: 'NEW' as const, version: 4 };
    const { requests } = renderLibrary([{ method: 'POST', path: `/api/v1/survey-comments/${written.id}/work-order`, status: 201, body: linked }]);
    const user = userEvent.setup();
    await screen.findByText('楼道垃圾经常过夜才清理');
    await user.click(within(card(written.id)).getByTestId('create-work-order'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText('报修'));
    await user.click(within(dialog).getByRole('button', { name: /生\s*成/ }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({ type: 'REPAIR' }));
  }, 60_000);

  it('turns an opinion into a work order and then shows the order with a link', async () => {
    const linked = { ...written, workOrderId: WORK_ORDER, workOrderCode: 'SG-20261105-0001', workOrderStatus: 'NEW' as const, version: 4 };
    const { requests } = renderLibrary([{ method: 'POST', path: `/api/v1/survey-comments/${written.id}/work-order`, status: 201, body: linked }]);
    const user = userEvent.setup();
    await screen.findByText('楼道垃圾经常过夜才清理');
    await user.click(within(card(written.id)).getByTestId('create-work-order'));
    const dialog = await screen.findByRole('dialog');
    // A written complaint about cleaning: a complaint, in the cleaning category, normal priority.
    expect(within(dialog).getByTitle('保洁')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /生\s*成/ }));

    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ type: 'COMPLAINT', category: 'CLEANING', priority: 'NORMAL' }));
    const order = await within(card(written.id)).findByTestId('comment-work-order');
    expect(within(order).getByRole('link', { name: 'SG-20261105-0001' })).toHaveAttribute('href', `/work-orders/${WORK_ORDER}`);
    expect(order).toHaveTextContent('新建');
    expect(within(card(written.id)).queryByTestId('create-work-order')).toBeNull();
  }, 60_000);

  it('saves tags with the comment’s version in If-Match', async () => {
    const { requests } = renderLibrary([{ method: 'PATCH', path: `/api/v1/survey-comments/${written.id}`, body: { ...written, tags: ['垃圾清运', '夜间'], version: 4 } }]);
    const user = userEvent.setup();
    await screen.findByText('楼道垃圾经常过夜才清理');
    await user.click(within(card(written.id)).getByTestId('edit-tags'));
    const input = within(card(written.id)).getByRole('combobox');
    await user.type(input, '夜间{Enter}');
    await user.click(within(card(written.id)).getByTestId('save-tags'));
    await waitFor(() => expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ tags: ['垃圾清运', '夜间'] }));
    expect(requests.find((request) => request.method === 'PATCH')?.headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(within(card(written.id)).getByTestId('comment-tags')).toHaveTextContent('夜间'));
  }, 60_000);

  it('filters by whether an order was made, in the URL', async () => {
    const { requests, router } = renderLibrary();
    await screen.findByText('楼道垃圾经常过夜才清理');
    await userEvent.setup().click(within(screen.getByTestId('filter-work-order')).getByText('未建工单'));
    await waitFor(() => expect(router.state.location.search).toBe('?workOrder=without'));
    await waitFor(() => expect(requests.some((request) => new URLSearchParams(request.search).get('hasWorkOrder') === 'false')).toBe(true));
  }, 60_000);

  it('lets readers read but not tag or order', async () => {
    renderLibrary([], false);
    await screen.findByText('楼道垃圾经常过夜才清理');
    expect(screen.queryByTestId('create-work-order')).toBeNull();
    expect(screen.queryByTestId('edit-tags')).toBeNull();
  });
});
