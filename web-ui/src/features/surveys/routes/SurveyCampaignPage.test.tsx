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
const UNITS = [
  { unitId: 'u1', unitLabel: '1-201', buildingId: BUILDING_1, buildingName: '1号楼' },
  { unitId: 'u2', unitLabel: '1-1201', buildingId: BUILDING_1, buildingName: '1号楼' },
  { unitId: 'u3', unitLabel: '2-101', buildingId: BUILDING_2, buildingName: '2号楼' },
];
/** The invitations' progress when these units have a live link and these answered, per building and per unit. */
function progressOf(invited: string[], answered: string[]) {
  const units = UNITS.map((u) => ({ ...u, invited: invited.includes(u.unitId), answered: answered.includes(u.unitId) }));
  const buildings = [
    { buildingId: BUILDING_1, buildingName: '1号楼' },
    { buildingId: BUILDING_2, buildingName: '2号楼' },
  ].map((b) => {
    const of = units.filter((u) => u.buildingId === b.buildingId);
    return { ...b, audience: of.length, invited: of.filter((u) => u.invited).length, answered: of.filter((u) => u.answered).length };
  });
  return { buildings, units };
}
const progress = progressOf([], []);
const answer = (items: unknown[], created: number, replaced = 0, kept = 0, answered = 0) => ({ items, created, replaced, kept, answered });
/** Links made before: 1-201 has one, 2-101 answered; 1-1201 has none. */
const partly = progressOf(['u1', 'u3'], ['u3']);

/** the test DOM's Blob has no text(); FileReader reads its bytes (decoded keeping the byte-order mark). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}

/** The page of a DRAFT campaign without links, or (`linksBefore`) of an OPEN one with links made before (`partly`); `routes` first. */
function renderCampaign(routes: MockRoute[], { canManage = true, linksBefore = false } = {}) {
  const fetch = mockFetch([
    ...routes,
    linksBefore
      ? { path: PATH, body: campaign({ status: 'OPEN', invitationCount: 2, responseCount: 1 }) }
      : { path: PATH, body: campaign({ status: 'DRAFT', invitationCount: 0, responseCount: 0 }) },
    { path: `${PATH}/invitations`, body: linksBefore ? partly : progress },
  ]);
  const rendered = renderWithApp([{ path: '/surveys/campaigns/:campaignId', element: <SurveyCampaignPage canManage={canManage} canRespond /> }], {
    path: `/surveys/campaigns/${CAMPAIGN}`,
  });
  return { ...fetch, ...rendered };
}

/** The generate-links dialog of a campaign with links made before (`partly`), whose POST answers `generated`. */
async function openGenerateDialog(generated: ReturnType<typeof answer>) {
  const { requests } = renderCampaign([{ method: 'POST', path: `${PATH}/invitations`, status: 201, body: generated }], { linksBefore: true });
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('generate-links'));
  return { requests, user, dialog: await screen.findByRole('dialog') };
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
    const { requests } = renderCampaign([{ method: 'POST', path: `${PATH}/invitations`, status: 201, body: answer(links, 3) }]);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('generate-links'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('generate-summary')).toHaveTextContent('将为 3 户生成新链接');
    await user.click(within(dialog).getByRole('button', { name: '生成 3 个链接' }));

    const generated = await screen.findByTestId('generated-links');
    expect(generated).toHaveTextContent('已生成 3 个链接');
    expect(generated).toHaveTextContent('这些链接只在此时显示');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ replace: false });

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

  it('asks first: all buildings by default, what gets a new link, and that the links made before are kept', async () => {
    const { requests, user, dialog } = await openGenerateDialog(answer(links.slice(1, 2), 1, 0, 1, 0));
    for (const name of [/全部楼栋（2）/, /1号楼/, /2号楼/]) expect(within(dialog).getByRole('checkbox', { name })).toBeChecked();
    const summary = within(dialog).getByTestId('generate-summary');
    expect(summary).toHaveTextContent('将为 1 户生成新链接');
    expect(summary).toHaveTextContent('1 户保留原有链接：已打印或已发出的二维码继续有效');
    expect(summary).toHaveTextContent('1 户已回答');
    expect(within(dialog).queryByTestId('replace-warning')).toBeNull();

    // Only building 2: nothing to add there, so nothing to send.
    await user.click(within(dialog).getByText('1号楼'));
    expect(within(dialog).getByTestId('generate-summary')).toHaveTextContent('将为 0 户生成新链接');
    expect(within(dialog).getByRole('button', { name: '生成 0 个链接' })).toBeDisabled();
    // Only building 1: its one unit without a link.
    await user.click(within(dialog).getByText('1号楼'));
    await user.click(within(dialog).getByText('2号楼'));
    await user.click(within(dialog).getByRole('button', { name: '生成 1 个链接' }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ buildingIds: [BUILDING_1], replace: false }));
    expect(await screen.findByTestId('generated-links')).toHaveTextContent('已生成 1 个链接');
  }, 60_000);

  it('replaces links only when ticked, after a warning that the printed ones stop working', async () => {
    const { requests, user, dialog } = await openGenerateDialog(answer(links.slice(1, 3), 2, 1, 0, 1));
    await user.click(within(dialog).getByTestId('replace-links'));
    expect(within(dialog).getByTestId('replace-warning')).toHaveTextContent('1 户未回答房号的旧链接将立即失效——包括已打印的二维码');
    expect(within(dialog).getByTestId('generate-summary')).toHaveTextContent('将为 2 户生成新链接');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: '替换并生成 2 个链接' }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ replace: true }));
    expect(await screen.findByTestId('generated-links')).toHaveTextContent('已重新生成 2 个链接');
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
