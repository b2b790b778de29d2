import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ComplaintReview, ComplaintReviewItem } from '@/features/work-orders/api/get-complaint-review';
import { ComplaintReviewPage } from '@/features/work-orders/routes/ComplaintReviewPage';
import { AGENT, PROJECT, TECH } from '@/features/work-orders/testing/fixtures';
import { SYSTEM_ACTOR_ID } from '@/lib/actors';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, problem } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const complaint = (n: number, overrides: Partial<ComplaintReviewItem> = {}): ComplaintReviewItem => ({
  id: `e0000000-0000-4000-8000-00000000000${n}`,
  code: `SG-2026110${n}-0001`,
  title: `投诉 ${n}`,
  status: 'ASSIGNED',
  priority: 'NORMAL',
  firstResponsibleId: AGENT,
  firstResponsibleName: '李客服',
  createdAt: '2026-11-01T02:00:00Z',
  ageMinutes: 60,
  overdue: false,
  ...overrides,
});

const review: ComplaintReview = {
  projectId: PROJECT,
  asOf: '2026-11-24T00:00:00Z',
  total: 3,
  buckets: [
    {
      age: 'MORE_THAN_7_DAYS',
      count: 1,
      items: [
        complaint(1, {
          title: '夜间噪音扰民',
          unitLabel: '2-1303',
          status: 'REOPENED',
          priority: 'HIGH',
          assigneeId: TECH,
          assigneeName: '赵师傅',
          ageMinutes: 10 * 1440 + 125,
          overdue: true,
          lastNote: { at: '2026-11-20T02:00:00Z', type: 'COMMENTED', actorName: '李客服', note: '已致电业主，周五前答复' },
        }),
      ],
    },
    { age: 'DAYS_3_TO_7', count: 0, items: [] },
    {
      age: 'DAYS_1_TO_3',
      count: 1,
      items: [complaint(2, { location: '地下车库', ageMinutes: 1500, overdue: true, lastNote: { at: '2026-11-23T02:00:00Z', type: 'SLA_BREACHED', actorId: SYSTEM_ACTOR_ID, actorName: '系统', note: 'RESPONSE' } })],
    },
    { age: 'LESS_THAN_1_DAY', count: 1, items: [complaint(3, { status: 'NEW', ageMinutes: 35 })] },
  ],
};

describe('ComplaintReviewPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('shows the open complaints by age with owner, assignee, age, overdue and the last note', async () => {
    const { requests } = mockFetch([{ path: '/api/v1/work-orders/complaint-review', body: review }]);
    renderWithApp(<ComplaintReviewPage projectId={PROJECT} allowed />);

    const oldest = await screen.findByTestId('bucket-MORE_THAN_7_DAYS');
    expect(new URLSearchParams(requests[0]?.search).get('projectId')).toBe(PROJECT);
    expect(screen.getByText(/^3 张未结投诉，其中 2 张已超时 · 截至 2026年11月2[34]日/)).toBeInTheDocument();
    expect(within(oldest).getByText('超过 7 天')).toBeInTheDocument();

    const card = within(oldest).getByTestId('complaint-card');
    expect(card).toHaveAttribute('data-overdue', 'true');
    expect(within(card).getByRole('link', { name: 'SG-20261101-0001' })).toHaveAttribute('href', `/work-orders/${complaint(1).id}`);
    expect(card).toHaveTextContent('夜间噪音扰民');
    expect(card).toHaveTextContent('2-1303');
    expect(card).toHaveTextContent('已登记 10 天 2 小时');
    expect(card).toHaveTextContent('已超时');
    expect(card).toHaveTextContent('首问责任人: 李客服');
    expect(card).toHaveTextContent('处理人: 赵师傅');
    expect(within(card).getByTestId('last-note')).toHaveTextContent('备注 · 李客服');
    expect(within(card).getByTestId('last-note')).toHaveTextContent('已致电业主，周五前答复');

    expect(screen.getByTestId('bucket-DAYS_3_TO_7')).toHaveTextContent('无');
    const breach = within(screen.getByTestId('bucket-DAYS_1_TO_3')).getByTestId('complaint-card');
    expect(within(breach).getByTestId('last-note')).toHaveTextContent('响应超时');
    const newest = within(screen.getByTestId('bucket-LESS_THAN_1_DAY')).getByTestId('complaint-card');
    expect(newest).toHaveAttribute('data-overdue', 'false');
    expect(newest).toHaveTextContent('处理人: 未派单');
    expect(newest).toHaveTextContent('还没有跟进记录');
    expect(newest).toHaveTextContent('已登记 35 分钟');
  });

  it('names the system in the user language: "System" in English, never "系统"', async () => {
    await setTestLanguage('en');
    mockFetch([{ path: '/api/v1/work-orders/complaint-review', body: review }]);
    renderWithApp(<ComplaintReviewPage projectId={PROJECT} allowed />);
    const breach = within(await screen.findByTestId('bucket-DAYS_1_TO_3')).getByTestId('last-note');
    expect(breach).toHaveTextContent('System');
    expect(breach).not.toHaveTextContent('系统');
  });

  it('tells a technician that the review is not for them, without asking the API', async () => {
    const { requests } = mockFetch([]);
    renderWithApp(<ComplaintReviewPage projectId={PROJECT} allowed={false} />);
    expect(await screen.findByText('维修人员不能查看投诉每日盘点')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '我的工单' })).toHaveAttribute('href', '/work-orders/mine');
    expect(requests).toHaveLength(0);
  });

  it('says the same when the API refuses (403), and no error notification pops up', async () => {
    mockFetch([{ path: '/api/v1/work-orders/complaint-review', status: 403, body: problem(403, 'ROLE_NOT_ALLOWED', 'Forbidden') }]);
    const { notify } = renderWithApp(<ComplaintReviewPage projectId={PROJECT} allowed />);
    expect(await screen.findByText('维修人员不能查看投诉每日盘点')).toBeInTheDocument();
    await waitFor(() => expect(notify).not.toHaveBeenCalled());
  });
});
