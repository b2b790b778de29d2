// Exports on every list a manager works from (issue 13): the manager downloads each list as Excel (and the ledger as
// CSV) with its current filters through the one shared 导出 button; each file arrives with its name and opens as a zip
// (XLSX) or starts with a byte-order mark (CSV). Screens at 1440 and 390 px in zh-CN, and at 1440 in English.
// Called from run.mjs with its helpers.
import { readFileSync } from 'node:fs';

export async function exportsStory({ browser, baseUrl, step, expect, shot, timeout, login, switchLanguage, apiToken, callApi }) {
  console.log('exports story: the manager (1440×900, 390×844)');
  const token = await apiToken('manager');
  const sg = (await callApi(token, 'GET', '/api/v1/projects')).items.find((project) => project.code === 'SG');
  expect(sg, 'the demo project SG exists');
  // A finished stock-take of a cabinet of its own (the demo has none), so that its report can be exported.
  const custodian = await apiToken('custodian');
  const cabinet = await callApi(custodian, 'POST', '/api/v1/key-cabinets', { projectId: sg.id, name: `导出盘点柜 ${Date.now() % 100000}`, slots: 4 });
  await callApi(custodian, 'POST', '/api/v1/keys', { projectId: sg.id, code: `SG-X${Date.now() % 100000}-1`, type: 'EQUIPMENT_ROOM', facility: '导出机房', cabinetId: cabinet.id, slot: 1 });
  const stocktake = await callApi(custodian, 'POST', '/api/v1/key-stocktakes', { projectId: sg.id, cabinetId: cabinet.id });
  await callApi(custodian, 'POST', `/api/v1/key-stocktakes/${stocktake.id}/complete`);

  const lists = [
    ['work-orders', '/work-orders?status=NEW', 'export-work-orders', /^work-orders-\d{8}-\d{4}\.xlsx$/],
    ['complaint-review', '/work-orders/complaint-review', 'export-complaint-review', /^complaint-review-\d{8}-\d{4}\.xlsx$/],
    ['keys', '/keys?type=UNIT', 'export-keys', /^keys-\d{8}-\d{4}\.xlsx$/],
    ['key-checkouts', '/keys/overdue', 'export-key-checkouts', /^key-checkouts-\d{8}-\d{4}\.xlsx$/],
    ['key-stocktake', `/keys/stocktakes/${stocktake.id}`, 'export-key-stocktake', /^key-stocktake-\d{8}-\d{4}\.xlsx$/],
    ['inspections', '/inspections', 'export-inspections', /^inspections-\d{8}-\d{4}\.xlsx$/],
    ['rectifications', '/rectifications', 'export-rectifications', /^rectifications-\d{8}-\d{4}\.xlsx$/],
  ];

  for (const [width, height] of [[1440, 900], [390, 844]]) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', baseURL: baseUrl, acceptDownloads: true });
    context.setDefaultTimeout(timeout);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await login(page, 'manager');
      await page.evaluate((id) => localStorage.setItem('steward.projectId', id), sg.id);
      for (const [name, path, testId, fileName] of lists) {
        await step(`${width}: ${name} — 导出 → Excel downloads the list as it stands`, async () => {
          await page.goto(path);
          const button = page.getByTestId(testId);
          await button.waitFor();
          await button.click();
          const item = page.getByTestId(`${testId}-xlsx`);
          await item.waitFor();
          await shot(page, `exports-${width}-zh-${name}`);
          const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
          expect(fileName.test(download.suggestedFilename()), `${name}: the file ${download.suggestedFilename()}`);
          const bytes = readFileSync(await download.path());
          expect(bytes.subarray(0, 2).toString() === 'PK', `${name}: the XLSX is a zip (${bytes.length} bytes)`);
        });
      }
      if (width === 1440) {
        await step('1440: in English, the ledger as CSV', async () => {
          await switchLanguage(page, 'English');
          await page.goto('/keys?type=UNIT');
          await page.getByTestId('export-keys').click();
          await page.getByTestId('export-keys-csv').waitFor();
          await shot(page, 'exports-1440-en-keys');
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-keys-csv').click()]);
          const csv = readFileSync(await download.path(), 'utf8');
          expect(csv.startsWith('\uFEFF编号 Code,类型 Type'), `the CSV's header: ${csv.slice(0, 40)}`);
          expect(csv.split('\r\n').slice(1, -1).every((line) => line.split(',')[1] === 'UNIT'), 'the CSV holds only the filtered UNIT keys');
        });
      }
      expect(errors.length === 0, `no page errors (${errors.join('; ')})`);
    } finally {
      await context.close();
    }
  }
}
