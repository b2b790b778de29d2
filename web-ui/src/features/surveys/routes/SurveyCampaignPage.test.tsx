import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SurveyCampaignPage } from '@/features/surveys/routes/SurveyCampaignPage';
import { BUILDING_1, BUILDING_2, CAMPAIGN, campaign } from '@/features/surveys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch, type MockRoute } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const PATH = `/api/v1/survey-campaigns/${CAMPAIGN}`;
const token = (n: number) => `tok${String(n)}_abcdefghijklmnopqrstuvwxyz0123456789AB`;
const link = (n: number, buildingId: string, buildingName: string, unitLabel: string) => ({
  unitId: `f1000000-0000-4000-8000-00000000000${String(n)}`,
  unitLabel,
  buildingId,
  buildingName,
  token: token(n),
  url: `/s/${token(n)}`,
});
const links = [link(1, BUILDING_2, '2号楼', '2-101'), link(2, BUILDING_1, '1号楼', '1-1201'), link(3, BUILDING_1, '1号楼', '1-201')];
const progress = {
  buildings: [
    { buildingId: BUILDING_1, buildingName: '1号楼', audience: 2, invited: 0, answered: 0 },
    { buildingId: BUILDING_2, buildingName: '2号楼', audience: 1, invited: 0, answered: 0 },
  ],
  units: [],
};

/** the test DOM's Blob has no text(); FileReader reads its bytes (decoded keeping the byte-order mark). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}

function renderCampaign(routes: MockRoute[], { canManage = true } = {}) {
  const fetch = mockFetch([
    ...routes,
    { path: PATH, body: campaign({ status: 'DRAFT', invitationCount: 0, responseCount: 0 }) },
    { path: `${PATH}/invitations`, body: progress },
  ]);
  const rendered = renderWithApp([{ path: '/surveys/campaigns/:campaignId', element: <SurveyCampaignPage canManage={canManage} canRespond /> }], {
    path: `/surveys/campaigns/${CAMPAIGN}`,
  });
  return { ...fetch, ...rendered };
}

describe('SurveyCampaignPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('generates links and prints a QR sheet per building from that answer, and downloads them as CSV', async () => {
    const files: Blob[] = [];
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = (file: Blob) => {
          files.push(file);
          return 'blob:links';
        };
        static override revokeObjectURL = vi.fn();
      },
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { requests } = renderCampaign([{ method: 'POST', path: `${PATH}/invitations`, status: 201, body: { items: links } }]);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('generate-links'));

    const generated = await screen.findByTestId('generated-links');
    expect(generated).toHaveTextContent('已生成 3 个链接');
    expect(generated).toHaveTextContent('这些链接只在此时显示');
    expect(requests.find((request) => request.method === 'POST')?.search).toBe('');

    await user.click(within(generated).getByTestId('download-links'));
    expect(click).toHaveBeenCalled();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('2026 年第 4 季度满意度调查-链接.csv');
    const csv = await readText(files[0]!);
    expect(csv).toContain(`"1号楼","1-201","${window.location.origin}/s/${token(3)}"`);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF"楼栋","房号","链接"');

    await user.click(within(generated).getByTestId('print-all'));
    const sheet = await screen.findByTestId('qr-sheet');
    const buildings = within(sheet).getAllByTestId('qr-building');
    expect(buildings.map((section) => section.querySelector('h2')?.textContent)).toEqual([
      '2026 年第 4 季度满意度调查 · 1号楼 2 户',
      '2026 年第 4 季度满意度调查 · 2号楼 1 户',
    ]);
    const cards = within(sheet).getAllByTestId('qr-card');
    expect(cards.map((card) => card.querySelector('.sv-qr-unit')?.textContent)).toEqual(['1-201', '1-1201', '2-101']);
    expect(cards.every((card) => card.querySelector('svg') !== null)).toBe(true);
    expect(screen.getByTestId('print-sheet')).toBeInTheDocument();
  }, 60_000);

  it('has nothing to reissue before any link exists', async () => {
    renderCampaign([]);
    expect(await screen.findByTestId('reissue-links')).toBeDisabled();
  }, 60_000);

  it('reissues unanswered links only after a warning, with reissue=true', async () => {
    const { requests } = mockFetch([
      { method: 'POST', path: `${PATH}/invitations`, status: 201, body: { items: links.slice(0, 1) } },
      { path: PATH, body: campaign({ status: 'OPEN', invitationCount: 3, responseCount: 1 }) },
      { path: `${PATH}/invitations`, body: progress },
    ]);
    renderWithApp([{ path: '/surveys/campaigns/:campaignId', element: <SurveyCampaignPage canManage canRespond /> }], { path: `/surveys/campaigns/${CAMPAIGN}` });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('reissue-links'));
    expect(await screen.findByText(/旧链接立即失效/)).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    await user.click(screen.getByText('重新生成未回答链接', { selector: '.ant-modal-confirm-btns span' }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.search).toBe('?reissue=true'));
    expect(await screen.findByTestId('generated-links')).toHaveTextContent('已重新生成 1 个链接');
  }, 60_000);

  it('opens a draft after confirming', async () => {
    const { requests } = renderCampaign([{ method: 'POST', path: `${PATH}/open`, body: campaign({ status: 'OPEN', invitationCount: 0, responseCount: 0 }) }]);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('open-campaign'));
    await user.click(await screen.findByText('开始调查', { selector: '.ant-modal-confirm-btns span' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'POST' && request.path === `${PATH}/open`)).toBe(true));
  }, 60_000);

  it('shows no management buttons to those who may only read', async () => {
    renderCampaign([], { canManage: false });
    expect(await screen.findByText('邀请与回收')).toBeInTheDocument();
    expect(screen.queryByTestId('generate-links')).toBeNull();
    expect(screen.queryByTestId('open-campaign')).toBeNull();
  }, 60_000);
});
