// The quality picture (issue 13): the manager opens 品质看板 for JL (the demo's slipping project), sees the complaint
// spike in 2栋 among the warnings, follows it to the complaints behind it (the work-order list filtered by building,
// type and days), follows a KPI to the orders that missed their resolution deadline, and opens the project ranking.
// Screens at 1440 and 390 px in zh-CN and en. Called from run.mjs with its helpers.

export async function qualityPictureStory({ browser, baseUrl, step, expect, shot, timeout, login, switchLanguage, apiToken, callApi }) {
  console.log('quality picture story: the manager (1440×900, 390×844)');
  const managerToken = await apiToken('manager');
  const projects = await callApi(managerToken, 'GET', '/api/v1/projects');
  const jl = projects.items.find((project) => project.code === 'JL');
  expect(jl, 'the demo project JL exists');
  const warnings = await callApi(managerToken, 'GET', `/api/v1/quality/warnings?projectId=${jl.id}`);
  const spike = warnings.warnings.find((w) => w.kind === 'COMPLAINT_SPIKE' && w.buildingName === '2栋');
  expect(spike, `the demo's complaint spike in JL 2栋 is a warning (${warnings.warnings.map((w) => w.kind).join(', ')})`);

  for (const [width, height] of [[1440, 900], [390, 844]]) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', baseURL: baseUrl });
    context.setDefaultTimeout(timeout);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await login(page, 'manager');
    await page.evaluate((id) => localStorage.setItem('steward.projectId', id), jl.id);

    await step(`${width}: the manager opens 品质看板 and sees the warnings`, async () => {
      await page.goto('/quality');
      await page.getByTestId('kpi-resolutionOnTimeRate').waitFor();
      await page.getByText(/2栋一周投诉/).waitFor();
      await shot(page, `quality-${width}-zh`);
    });

    await step(`${width}: the spike's warning opens the complaints of 2栋 behind it`, async () => {
      await page.getByText(/2栋一周投诉/).click();
      await page.waitForURL((url) => url.pathname === '/work-orders' && url.searchParams.get('type') === 'COMPLAINT');
      const url = new URL(page.url());
      expect(url.searchParams.get('building') === spike.buildingId, `the list is filtered to 2栋 (${page.url()})`);
      await page.getByText(/共 \d+ 条|\d+ 张/).first().waitFor().catch(() => {});
      const rows = page.locator('.ant-table-tbody tr.ant-table-row, [data-testid="work-order-card"]');
      await rows.first().waitFor();
      expect((await rows.count()) >= spike.value, `the list shows at least the ${spike.value} complaints of the warning`);
      await shot(page, `quality-${width}-warning-orders`);
    });

    await step(`${width}: the new figures: complaint ageing, missed inspections (应查未查), the survey's dimensions`, async () => {
      await page.goto('/quality?period=90');
      const open = page.getByTestId('kpi-openComplaints');
      await open.waitFor();
      await page.getByTestId('kpi-missedInspections').waitFor();
      await page.getByTestId('kpi-surveyNps').waitFor();
      const ages = page.getByTestId('kpi-complaint-ages');
      await ages.waitFor();
      expect((await ages.getByRole('link').count()) === 4, 'the open complaints card links its four age buckets');
      await open.scrollIntoViewIfNeeded();
      await shot(page, `quality-${width}-new-figures-zh`);
      await open.getByRole('link').first().click();
      await page.waitForURL((url) => url.pathname === '/work-orders' && url.searchParams.get('tab') === 'open' && url.searchParams.get('type') === 'COMPLAINT');
    });

    await step(`${width}: the resolution KPI opens the orders that missed their deadline`, async () => {
      await page.goto('/quality');
      await page.getByTestId('kpi-resolutionOnTimeRate').getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/work-orders' && url.searchParams.get('late') === 'resolution');
      await page.getByTestId('drill-filters').waitFor();
    });

    if (width === 1440) {
      await step('1440: the project ranking (评比) lists both projects, in English too', async () => {
        await page.goto('/quality/portfolio');
        await page.getByRole('cell', { name: '翠湖苑' }).waitFor();
        await page.getByRole('cell', { name: '阳光花园' }).waitFor();
        await shot(page, 'quality-portfolio-1440-zh');
        await switchLanguage(page, 'English');
        await page.getByText('Project ranking').first().waitFor();
        await shot(page, 'quality-portfolio-1440-en');
        await page.goto('/quality');
        await page.getByText('Complaint spike').first().waitFor();
        await shot(page, 'quality-1440-en');
      });
    }
    expect(errors.length === 0, `no page errors (${errors.join('; ')})`);
    await context.close();
  }
}
