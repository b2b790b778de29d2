// The periodic quality reports (issue 13): the manager opens 品质报表 for the demo project JL, reads the weekly complaint
// summary (投诉周报), the monthly return-visit report (回访月报) and the quarterly analysis (季度统计分析) of the last complete
// periods — charts and the lists behind them, a list's order opens — downloads each as XLSX and prints the weekly and
// the quarterly one to A4 PDFs in Chromium. Screens at 1440 and 390 px in zh-CN, and 1440 in English. Called from run.mjs with its helpers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TABS = [
  ['weekly', '投诉周报', 'Weekly complaints', /^complaints-weekly-\d{4}-W\d{2}\.xlsx$/],
  ['monthly', '回访月报', 'Monthly return visits', /^return-visits-monthly-\d{4}-\d{2}\.xlsx$/],
  ['quarterly', '季度统计分析', 'Quarterly analysis', /^quarterly-\d{4}-Q[1-4]\.xlsx$/],
];

export async function qualityReportsStory({ browser, baseUrl, artifacts, step, expect, shot, timeout, login, switchLanguage, apiToken, callApi }) {
  console.log('quality reports story: the manager (1440×900, 390×844)');
  const managerToken = await apiToken('manager');
  const projects = await callApi(managerToken, 'GET', '/api/v1/projects');
  const jl = projects.items.find((project) => project.code === 'JL');
  expect(jl, 'the demo project JL exists');
  const weekly = await callApi(managerToken, 'GET', `/api/v1/quality/reports/complaints-weekly?projectId=${jl.id}`);
  const monthly = await callApi(managerToken, 'GET', `/api/v1/quality/reports/return-visits-monthly?projectId=${jl.id}`);
  const quarterly = await callApi(managerToken, 'GET', `/api/v1/quality/reports/quarterly?projectId=${jl.id}`);
  expect(weekly.registered > 0 && weekly.complaints.length > 0, `the demo's last week has complaints (${weekly.week}: ${weekly.registered})`);
  expect(monthly.totals.visited > 0 && monthly.unsatisfied.length > 0, `the demo's last month has visits and an unsatisfied one (${monthly.month})`);
  const orders = quarterly.total.find((f) => f.key === 'ordersRegistered');
  expect(orders.value > 0 && quarterly.months.every((m) => m.figures.find((f) => f.key === 'ordersRegistered').value > 0),
    `every month of the demo's last quarter has orders (${quarterly.quarter})`);

  for (const [width, height] of [[1440, 900], [390, 844]]) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', baseURL: baseUrl, acceptDownloads: true });
    context.setDefaultTimeout(timeout);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await login(page, 'manager');
    await page.evaluate((id) => localStorage.setItem('steward.projectId', id), jl.id);

    for (const [report, zh, , file] of TABS) {
      await step(`${width}: the manager reads the ${report} report (${zh}) with its charts and lists${width === 1440 ? ' and downloads it' : ''}`, async () => {
        await page.goto(`/quality/reports${report === 'weekly' ? '' : `?report=${report}`}`);
        const sheet = page.getByTestId('quality-report');
        await sheet.getByText(zh).first().waitFor();
        await sheet.locator('svg').nth(1).waitFor();
        expect((await sheet.locator('.ant-table-row').count()) > 0, `the ${report} report lists rows`);
        await shot(page, `quality-reports-${report}-${width}-zh`);
        if (width === 1440) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
          expect(file.test(download.suggestedFilename()), `the ${report} file: ${download.suggestedFilename()}`);
        }
      });
    }

    if (width === 1440) {
      await step('1440: a complaint of the weekly list opens its work order', async () => {
        await page.goto('/quality/reports');
        const first = weekly.complaints[0];
        await page.getByTestId('weekly-complaints').getByRole('link', { name: first.code }).click();
        await page.waitForURL((url) => url.pathname === `/work-orders/${first.id}`);
        await page.getByText(first.title).first().waitFor();
      });

      for (const report of ['weekly', 'quarterly']) {
        await step(`1440: the ${report} report prints to an A4 PDF with its charts`, async () => {
          await page.goto(`/quality/reports${report === 'weekly' ? '' : `?report=${report}`}`);
          await page.getByTestId('quality-report').locator('svg').nth(1).waitFor();
          await page.emulateMedia({ media: 'print' });
          expect(!(await page.locator('.ant-layout-sider').first().isVisible()), 'the sidebar is hidden in print');
          expect(!(await page.getByTestId('report-xlsx').isVisible()), 'the toolbar is hidden in print');
          const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
          writeFileSync(join(artifacts, `quality-${report}-report.pdf`), pdf);
          const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
          expect(pdf.subarray(0, 5).toString() === '%PDF-' && pages >= 1, `the ${report} report PDF has ${pages} pages`);
          console.log(`    ${report} report PDF: ${pages} page(s), ${pdf.length} bytes`);
          await page.emulateMedia({ media: null });
        });
      }

      await step('1440: the reports in English', async () => {
        await switchLanguage(page, 'English');
        for (const [report, , en] of TABS) {
          await page.goto(`/quality/reports${report === 'weekly' ? '' : `?report=${report}`}`);
          await page.getByTestId('quality-report').getByText(en === 'Weekly complaints' ? 'Weekly complaint summary' : en === 'Monthly return visits' ? 'Monthly return-visit report' : en).first().waitFor();
          await page.getByTestId('quality-report').locator('svg').nth(1).waitFor();
          await shot(page, `quality-reports-${report}-1440-en`);
        }
        await switchLanguage(page, '简体中文');
      });
    }
    expect(errors.length === 0, `no page errors (${errors.join('; ')})`);
    await context.close();
  }
}
