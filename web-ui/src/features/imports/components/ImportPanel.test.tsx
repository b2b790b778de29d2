import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '@/features/imports/components/ImportPanel';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const PROJECT = '7b0e1a52-0000-4000-8000-000000000001';
const PATH = `/api/v1/projects/${PROJECT}/imports`;
const SHA = 'a'.repeat(64);

const counts = { rows: 2, unitsCreated: 1, unitsExisting: 1, residentsCreated: 1, residentsExisting: 0 };

describe('ImportPanel', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('shows every error of a dry run by row and column, and imports only a checked file', async () => {
    const { requests } = mockFetch([
      {
        method: 'POST',
        path: PATH,
        search: /dryRun=true/,
        body: {
          status: 'INVALID',
          dryRun: true,
          replayed: false,
          sha256: SHA,
          ...counts,
          errors: [
            { row: 3, column: 'residentPhone', code: 'INVALID_PHONE', message: 'is not a phone number' },
            { row: 4, column: 'building', code: 'UNKNOWN_BUILDING', params: { value: 'X' }, message: 'is not a building code of this project: X' },
          ],
        },
      },
    ]);
    const onImported = vi.fn();
    renderWithApp(<ImportPanel projectId={PROJECT} onImported={onImported} />);
    const user = userEvent.setup();
    const input = screen.getByTestId('import-panel').querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['building,unit\n1,101\n'], 'units.csv', { type: 'text/csv' }));
    expect(screen.getByText('units.csv')).toBeInTheDocument();
    expect(screen.getByTestId('import-run')).toBeDisabled();

    await user.click(screen.getByTestId('import-check'));
    expect(await screen.findByText('发现 2 处错误，请修改文件后重新检查。')).toBeInTheDocument();
    expect(screen.getByText('住户电话')).toBeInTheDocument();
    expect(screen.getByText('楼栋编号')).toBeInTheDocument();
    expect(screen.getByText('不是有效的电话号码（5 到 20 位数字、+、- 或空格）')).toBeInTheDocument();
    expect(screen.getByText('不是本项目的楼栋编号：X')).toBeInTheDocument();
    expect(screen.getByTestId('import-run')).toBeDisabled();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(String(requests[0]?.body)).toContain('name="file"; filename="units.csv"');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('imports after a clean check and tells when a file was imported before', async () => {
    mockFetch([
      { method: 'POST', path: PATH, search: /dryRun=true/, body: { status: 'VALID', dryRun: true, replayed: false, sha256: SHA, ...counts, errors: [] } },
      {
        method: 'POST',
        path: PATH,
        search: /dryRun=false/,
        body: { status: 'IMPORTED', dryRun: false, replayed: true, sha256: SHA, ...counts, importedAt: '2026-11-30T02:00:00Z', errors: [] },
      },
    ]);
    const onImported = vi.fn();
    renderWithApp(<ImportPanel projectId={PROJECT} onImported={onImported} />);
    const user = userEvent.setup();
    const input = screen.getByTestId('import-panel').querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['x'], 'units.xlsx'));
    await user.click(screen.getByTestId('import-check'));
    expect(await screen.findByText('没有错误，可以导入。')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('import-run')).toBeEnabled());
    await user.click(screen.getByTestId('import-run'));
    expect(await screen.findByText(/此文件已于 .* 导入过/)).toBeInTheDocument();
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('refuses a file above 10 MB before sending it', async () => {
    const { requests } = mockFetch([]);
    renderWithApp(<ImportPanel projectId={PROJECT} />);
    const user = userEvent.setup();
    const input = screen.getByTestId('import-panel').querySelector('input[type="file"]') as HTMLInputElement;
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.csv');
    await user.upload(input, big);
    expect(await screen.findByText('文件超过 10 MB。')).toBeInTheDocument();
    expect(screen.getByTestId('import-check')).toBeDisabled();
    expect(requests).toHaveLength(0);
  });
});
