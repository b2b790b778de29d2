import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SurveyResults } from '@/features/surveys/api/get-survey-results';
import { SurveyResultsPage } from '@/features/surveys/routes/SurveyResultsPage';
import { CAMPAIGN, campaign, PREVIOUS_CAMPAIGN, results } from '@/features/surveys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

// ECharts draws nothing useful in the test DOM; the chart's label says what it shows.
vi.mock('@/features/surveys/components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

function renderResults(data: SurveyResults = results()) {
  const fetch = mockFetch([
    { path: `/api/v1/survey-campaigns/${CAMPAIGN}`, body: campaign() },
    { path: `/api/v1/survey-campaigns/${CAMPAIGN}/results`, body: data },
    {
      path: `/api/v1/survey-campaigns/${CAMPAIGN}/export`,
      body: 'csv,data',
      headers: { 'Content-Disposition': `attachment; filename="export.csv"; filename*=UTF-8''2026%E5%B9%B4Q4.xlsx` },
    },
  ]);
  const rendered = renderWithApp([{ path: '/surveys/campaigns/:campaignId/results', element: <SurveyResultsPage /> }], { path: `/surveys/campaigns/${CAMPAIGN}/results` });
  return { ...fetch, ...rendered };
}

const chart = (label: string) => document.querySelector(`[role="img"][aria-label="${label}"]`);

describe('SurveyResultsPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('shows the index, participation, NPS breakdown and the change since the previous campaign', async () => {
    renderResults();
    expect(await screen.findByText('调查结果：2026 年第 4 季度满意度调查')).toBeInTheDocument();
    expect(chart('满意度指数 82.5（满分 100）')).not.toBeNull();
    expect(screen.getByTestId('index-change')).toHaveTextContent('+3.2');
    expect(screen.getByTestId('kpi-responses')).toHaveTextContent('48/ 120');
    expect(screen.getByTestId('kpi-rate')).toHaveTextContent('40.0%');
    expect(screen.getByTestId('rate-change')).toHaveTextContent('+5.0 个百分点');
    expect(screen.getByTestId('kpi-nps')).toHaveTextContent('+25');
    expect(screen.getByTestId('nps-change')).toHaveTextContent('+7');
    expect(screen.getByTestId('nps-promoters')).toHaveTextContent('20 · 42%');
    expect(screen.getByTestId('nps-passives')).toHaveTextContent('20 · 42%');
    expect(screen.getByTestId('nps-detractors')).toHaveTextContent('8 · 17%');
    expect(chart('推荐者 20，中立者 20，贬损者 8')).not.toBeNull();
    expect(chart('各维度满意度指数')).not.toBeNull();

    const comparison = screen.getByTestId('previous-comparison');
    expect(within(comparison).getByRole('link', { name: '2026 年第 3 季度满意度调查' })).toHaveAttribute('href', `/surveys/campaigns/${PREVIOUS_CAMPAIGN}/results`);
    expect(comparison).toHaveTextContent('79.3 → 82.5');
    expect(comparison).toHaveTextContent('18 → 25');
    expect(comparison).toHaveTextContent('35.0% → 40.0%');
  });

  it('colours the building × dimension heat map and lists only the dimensions that were answered', async () => {
    renderResults();
    const heatmap = await screen.findByTestId('heatmap');
    const headers = Array.from(heatmap.querySelectorAll('thead th')).map((cell) => cell.textContent);
    expect(headers).toEqual(['楼栋', '回收率', '满意度指数', '保洁', '秩序维护']);
    const rows = within(heatmap).getAllByTestId('heatmap-row');
    expect(Array.from(rows[1]!.querySelectorAll('th, td')).map((cell) => cell.childNodes[0]?.textContent)).toEqual(['2号楼', '30.0%', '71.4', '62.5', '81.3']);
    const weak = rows[1]!.querySelectorAll('td')[2] as HTMLElement;
    const strong = rows[0]!.querySelectorAll('td')[3] as HTMLElement;
    // Weaker is redder, stronger greener.
    // How much redder than green a cell is, whether the DOM keeps the colour as hsl() or turns it into rgb().
    const redness = (cell: HTMLElement) => {
      const hsl = /hsl\((\d+)/.exec(cell.style.background);
      if (hsl) return 60 - Number(hsl[1]);
      const rgb = /rgb\((\d+), (\d+)/.exec(cell.style.background);
      return rgb ? Number(rgb[1]) - Number(rgb[2]) : Number.NaN;
    };
    expect(redness(weak)).toBeGreaterThan(0);
    expect(redness(strong)).toBeLessThan(0);
  });

  it('shows each question’s distribution with option labels and shares', async () => {
    renderResults();
    const cards = await screen.findAllByTestId('question-result');
    expect(cards).toHaveLength(2);
    const stars = within(cards[0]!).getAllByTestId('distribution-row').map((row) => row.textContent);
    expect(stars[4]).toBe('5 星24 · 50%');
    expect(cards[0]).toHaveTextContent('平均 4');
    const choices = within(cards[1]!).getAllByTestId('distribution-row').map((row) => row.textContent);
    expect(choices).toEqual(['电梯18 · 60%', '绿化12 · 40%']);
  });

  it('says there is nothing to compare with and no answers yet', async () => {
    renderResults(
      results({ responseCount: 0, responseRate: 0, satisfactionIndex: undefined, nps: { answerCount: 0, promoters: 0, passives: 0, detractors: 0 }, previous: undefined, questions: [] }),
    );
    expect(await screen.findByText('还没有回答。业主回答后，数据会陆续出现。')).toBeInTheDocument();
    expect(screen.getByText('本项目没有更早的已结束调查可供比较。')).toBeInTheDocument();
    expect(screen.getByTestId('kpi-nps')).toHaveTextContent('—');
    expect(screen.queryByTestId('index-change')).toBeNull();
  });

  it('downloads the export with the bearer token, under the name the API gives', async () => {
    const createObjectURL = vi.fn((_file: Blob) => 'blob:export');
    // the test DOM has no object URLs; a URL class that has them, for this test only.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = createObjectURL;
        static override revokeObjectURL = vi.fn();
      },
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { requests } = renderResults();
    await userEvent.setup().click(await screen.findByTestId('export-xlsx'));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const request = requests.find((item) => item.path.endsWith('/export'));
    expect(request?.search).toBe('?format=xlsx');
    expect(request?.headers.get('Authorization')).toBe('Bearer token-1');
    expect(createObjectURL.mock.calls[0]?.[0].size).toBe('"csv,data"'.length);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('2026年Q4.xlsx');
  });
});
