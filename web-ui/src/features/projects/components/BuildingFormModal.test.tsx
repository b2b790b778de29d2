import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildingFormModal } from '@/features/projects/components/BuildingFormModal';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, problem } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const PROJECT = 'b5f1a1e2-0000-4000-8000-000000000002';
const BUILDING = 'c0000000-0000-4000-8000-000000000001';
const building = { id: BUILDING, projectId: PROJECT, code: '1', name: '1号楼', floors: 18, unitCount: 24, version: 3 };

describe('BuildingFormModal', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it("puts a 400's field errors on the fields, with an Idempotency-Key on the create", async () => {
    const { requests } = mockFetch([
      {
        method: 'POST',
        path: `/api/v1/projects/${PROJECT}/buildings`,
        status: 400,
        body: problem(400, 'VALIDATION_FAILED', 'Invalid request', 'floors: must be less than or equal to 200', {
          errors: [
            { field: 'floors', message: 'must be less than or equal to 200' },
            { field: 'name', message: 'is reserved' },
          ],
        }),
      },
    ]);
    const onClose = vi.fn();
    const { notify } = renderWithApp(<BuildingFormModal projectId={PROJECT} open onClose={onClose} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('楼栋编码'), 'B7');
    await user.type(screen.getByLabelText('楼栋名称'), '7号楼');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('must be less than or equal to 200')).toBeInTheDocument();
    expect(screen.getByText('is reserved')).toBeInTheDocument();
    expect(screen.getByText('请修正标出的字段')).toBeInTheDocument();
    expect(requests[0]?.body).toEqual({ code: 'B7', name: '7号楼' });
    expect(requests[0]?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(onClose).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled(); // the form shows it, not a notification
  });

  it('sends If-Match with the ETag, and on 412 says someone else changed it and offers a reload', async () => {
    const { requests } = mockFetch([
      { path: `/api/v1/projects/${PROJECT}/buildings/${BUILDING}`, body: building, headers: { ETag: '"3"' } },
      {
        method: 'PATCH',
        path: `/api/v1/projects/${PROJECT}/buildings/${BUILDING}`,
        status: 412,
        body: problem(412, 'PRECONDITION_FAILED', 'Precondition failed'),
      },
    ]);
    renderWithApp(<BuildingFormModal projectId={PROJECT} buildingId={BUILDING} open onClose={vi.fn()} />);
    const user = userEvent.setup();
    const name = await screen.findByLabelText('楼栋名称');
    await waitFor(() => expect(name).toHaveValue('1号楼'));
    expect(screen.getByLabelText('楼栋编码')).toBeDisabled();
    await user.clear(name);
    await user.type(name, '一号楼');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('其他人已修改了此记录')).toBeInTheDocument();
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"3"');
    expect(patch?.body).toEqual({ name: '一号楼', floors: 18 });

    await user.click(screen.getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(requests.filter((request) => request.method === 'GET')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText('其他人已修改了此记录')).not.toBeInTheDocument());
  });
});
