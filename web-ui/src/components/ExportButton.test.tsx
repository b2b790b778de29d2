import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportButton } from '@/components/ExportButton';
import { exportKeys } from '@/features/keys/api/export-keys';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const PROJECT = 'a1000000-0000-4000-8000-000000000001';

describe('ExportButton', () => {
  const saved: string[] = [];
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saved.length = 0;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('exports the list with its current filters in the chosen format and saves the file under the name the API gives', async () => {
    const { requests } = mockFetch([
      { path: '/api/v1/keys/export', body: 'x', headers: { 'Content-Disposition': "attachment; filename*=UTF-8''keys-20261203-0900.xlsx" } },
    ]);
    const user = userEvent.setup();
    renderWithApp(<ExportButton onExport={(format) => exportKeys({ projectId: PROJECT, type: 'UNIT', overdue: true }, format)} testId="export-keys" />);

    await user.click(screen.getByTestId('export-keys'));
    expect(await screen.findByRole('menuitem', { name: '导出 Excel' })).toBeInTheDocument();
    await user.click(screen.getByTestId('export-keys-xlsx'));

    await waitFor(() => expect(saved).toEqual(['keys-20261203-0900.xlsx']));
    expect(requests).toHaveLength(1);
    const query = new URLSearchParams(requests[0]?.search);
    expect(Object.fromEntries(query)).toEqual({ format: 'xlsx', projectId: PROJECT, type: 'UNIT', overdue: 'true' });
  });

  it('offers CSV too, in English, and saves nothing when the export fails', async () => {
    await setTestLanguage('en');
    mockFetch([{ path: '/api/v1/keys/export', status: 404, body: { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND' } }]);
    const user = userEvent.setup();
    const onExport = vi.fn((format: 'csv' | 'xlsx') => exportKeys({ projectId: PROJECT }, format));
    renderWithApp(<ExportButton onExport={onExport} testId="export-keys" />);

    expect(screen.getByTestId('export-keys')).toHaveTextContent('Export');
    await user.click(screen.getByTestId('export-keys'));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV' }));

    await waitFor(() => expect(onExport.mock.calls[0]?.[0]).toBe('csv'));
    await waitFor(() => expect(screen.getByTestId('export-keys')).not.toHaveClass('ant-btn-loading'));
    expect(saved).toEqual([]);
  });

  it('is disabled while there is nothing to export', () => {
    renderWithApp(<ExportButton onExport={() => Promise.reject(new Error('no'))} disabled testId="export-keys" />);
    expect(screen.getByTestId('export-keys')).toBeDisabled();
  });
});
