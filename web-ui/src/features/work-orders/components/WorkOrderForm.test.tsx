import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkOrderForm } from '@/features/work-orders/components/WorkOrderForm';
import { lookupItem, PROJECT, UNIT, workOrder } from '@/features/work-orders/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, problem } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  await user.click(options[options.length - 1]!);
}

describe('WorkOrderForm', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it("puts a 400's field errors on the fields and sends one Idempotency-Key per form", async () => {
    const { requests } = mockFetch([
      {
        method: 'POST',
        path: '/api/v1/work-orders',
        status: 400,
        body: problem(400, 'VALIDATION_FAILED', 'Invalid request', undefined, {
          errors: [
            { field: 'reporter.phone', message: 'not a phone number we accept' },
            { field: 'location', message: 'too vague' },
          ],
        }),
      },
    ]);
    const onCreated = vi.fn();
    const { notify } = renderWithApp(<WorkOrderForm projectId={PROJECT} onCreated={onCreated} />);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('公共区域（无房号）'));
    await user.type(screen.getByLabelText('公共区域位置'), '大堂');
    await pick(user, '类别', '电梯');
    await user.type(screen.getByLabelText('标题'), '电梯异响');
    await user.type(screen.getByLabelText('报事人姓名'), '王女士');
    await user.type(screen.getByLabelText('报事人电话'), '13900001111');
    await user.click(screen.getByRole('button', { name: /保存工单/ }));

    expect(await screen.findByText('not a phone number we accept')).toBeInTheDocument();
    expect(screen.getByText('too vague')).toBeInTheDocument();
    expect(screen.getByText('请修正标出的字段')).toBeInTheDocument();
    const posts = () => requests.filter((request) => request.method === 'POST');
    expect(posts()[0]?.body).toEqual({
      projectId: PROJECT,
      location: '大堂',
      type: 'REPAIR',
      category: 'ELEVATOR',
      priority: 'NORMAL',
      channel: 'PHONE',
      title: '电梯异响',
      reporter: { name: '王女士', phone: '13900001111' },
    });
    const key = posts()[0]?.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(notify).not.toHaveBeenCalled();
    expect(onCreated).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: /保存工单/ }));
    await waitFor(() => expect(posts()).toHaveLength(2));
    expect(posts()[1]?.headers.get('Idempotency-Key')).toBe(key);
  });

  it("finds the unit from the caller's phone, prefills the caller as reporter, shows the unit's open and recent orders, then saves", async () => {
    const earlier = workOrder({ id: 'e0000000-0000-4000-8000-000000000009', code: 'SG-20261101-0003', title: '卫生间漏水', status: 'CLOSED' });
    const older = workOrder({ id: 'e0000000-0000-4000-8000-000000000008', code: 'SG-20260901-0001', title: '门锁松动', status: 'REOPENED' });
    const created = workOrder({ id: 'e0000000-0000-4000-8000-000000000010', code: 'SG-20261123-0010' });
    const resident = { id: 'f0000000-0000-4000-8000-000000000001', name: '张先生', phone: '138****5678' };
    const { requests } = mockFetch([
      { path: `/api/v1/projects/${PROJECT}/unit-lookup`, search: /q=5678/, body: { items: [lookupItem(UNIT, '1-1201', [resident], 'PHONE')] } },
      {
        path: `/api/v1/projects/${PROJECT}/units/${UNIT}/residents/${resident.id}`,
        body: { ...resident, unitId: UNIT, phone: '13800005678', phoneMasked: false, relation: 'OWNER' },
      },
      { path: '/api/v1/work-orders', search: /status=/, body: { items: [older] } },
      { path: '/api/v1/work-orders', body: { items: [earlier] } },
      { method: 'POST', path: '/api/v1/work-orders', status: 201, body: created },
    ]);
    const onCreated = vi.fn();
    renderWithApp(<WorkOrderForm projectId={PROJECT} onCreated={onCreated} />);
    const user = userEvent.setup();
    const picker = await screen.findByRole('combobox', { name: '房号' });
    await waitFor(() => expect(picker).toHaveFocus());
    await user.type(picker, '5678');
    await user.click(await screen.findByTitle('1-1201'));

    // The caller was the one resident the phone matched: name and full phone are the reporter.
    const callers = await screen.findByTestId('caller-picker');
    expect(callers).toHaveTextContent('1-1201 的住户');
    await waitFor(() => expect(screen.getByLabelText('报事人电话')).toHaveValue('13800005678'));
    expect(screen.getByLabelText('报事人姓名')).toHaveValue('张先生');

    const warning = await screen.findByTestId('duplicate-warning');
    await waitFor(() => expect(warning).toHaveTextContent('该房号近 30 天已有 1 张工单'));
    expect(warning).toHaveTextContent('另有 1 张未完成的工单');
    expect(within(warning).getByRole('link', { name: 'SG-20261101-0003' })).toHaveAttribute('href', `/work-orders/${earlier.id}`);
    expect(within(warning).getByRole('link', { name: 'SG-20260901-0001' })).toBeInTheDocument();
    const recent = new URLSearchParams(requests.find((request) => request.path === '/api/v1/work-orders' && !request.search.includes('status'))?.search);
    expect(recent.get('unitId')).toBe(UNIT);
    expect(recent.get('projectId')).toBe(PROJECT);
    const from = Date.parse(recent.get('createdFrom') ?? '');
    expect(Math.round((Date.now() - from) / 86_400_000)).toBe(30);

    await pick(user, '类别', '水暖管道');
    await user.type(screen.getByLabelText('标题'), '厨房水管漏水');
    // Enter moves on to the next field instead of submitting.
    await user.type(screen.getByLabelText('报事人姓名'), '{Enter}');
    expect(screen.getByLabelText('报事人电话')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /保存工单/ }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toMatchObject({ unitId: UNIT, category: 'PLUMBING', reporter: { name: '张先生', phone: '13800005678' } });
  });
});
