// The integrations story (issue 15): the administrator creates an API client (the secret shown once and copied; the
// credentials really get a token), rotates its secret and revokes it; subscribes a webhook to a loopback receiver
// this story starts (the e2e API allows 127.0.0.1: STEWARD_WEBHOOKS_ALLOWED_TARGETS in ./steward's test_e2e), sees
// the delivery of a newly registered order in the delivery log and replays it; downloads the import template, checks
// a CSV with one bad row (its error shown in zh-CN), fixes it and imports. All at 1440 px in zh-CN; then the three
// screens at 1440 and 390 px in zh-CN and en. Called from run.mjs with its helpers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** A webhook receiver on 127.0.0.1 that answers 204 and keeps what it was sent. */
async function startReceiver() {
  const received = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/hooks/steward`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Waits (bounded) until `check` is true. */
async function until(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** POST /api/v1/auth/token with the client credentials grant: the HTTP status. */
async function clientToken(baseUrl, clientId, clientSecret) {
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
  });
  return response.status;
}

/** A CSV line (the values need no quoting here). */
const csvLine = (values) => `${values.join(',')}\r\n`;

export async function integrationsStory({ browser, baseUrl, step, expect, shot, timeout, login, switchLanguage, apiToken, callApi, pickOption, confirmWith }) {
  console.log('integrations: admin (1440×900; screenshots also at 390×844)');
  const suffix = Date.now().toString(36);
  const clientName = `e2e ERP ${suffix}`;
  const receiver = await startReceiver();
  const adminToken = await apiToken('admin');
  const projects = await callApi(adminToken, 'GET', '/api/v1/projects');
  const sg = projects.items.find((project) => project.code === 'SG');
  const prefix = `E${suffix.slice(-5).toUpperCase()}`;
  let goodCsv = '';
  let badCsv = '';

  const desk = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', baseURL: baseUrl, acceptDownloads: true });
  desk.setDefaultTimeout(timeout);
  await desk.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const admin = await desk.newPage();
  const errors = [];
  admin.on('pageerror', (error) => errors.push(error.message));
  const clientRow = () => admin.locator('tbody tr').filter({ hasText: clientName });

  try {
    let clientId = '';
    let firstSecret = '';
    await step('admin creates an API client; the secret is shown once, copied, and the credentials get a token', async () => {
      await login(admin, 'admin');
      await admin.goto('/admin/api-clients');
      await admin.getByTestId('new-api-client').click();
      const dialog = admin.getByRole('dialog');
      await dialog.getByTestId('api-client-name').fill(clientName);
      await pickOption(admin, dialog.getByTestId('api-client-projects'), '阳光花园');
      await dialog.getByRole('checkbox', { name: /work-orders:write/ }).check();
      await shot(admin, 'integrations-desktop-zh-CN-api-client-form');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      const secret = admin.getByTestId('shown-secret');
      await secret.waitFor();
      firstSecret = (await secret.innerText()).trim();
      clientId = (await admin.locator('.ant-descriptions-row').filter({ hasText: '客户端 ID' }).locator('code').innerText()).trim();
      expect(firstSecret.length >= 20 && clientId.length > 0, `secret ${firstSecret.length} chars, client id "${clientId}"`);
      await secret.locator('.ant-typography-copy').click();
      await secret.locator('.ant-typography-copy-success').waitFor();
      const copied = await admin.evaluate(() => navigator.clipboard.readText());
      expect(copied === firstSecret, 'the copied text is not the secret');
      await clientRow().waitFor();
      await shot(admin, 'integrations-desktop-zh-CN-api-client-secret');
      expect((await clientToken(baseUrl, clientId, firstSecret)) === 200, 'the new credentials get no token');
      // Shown once: after a reload only the secret's prefix is listed.
      await admin.reload();
      await clientRow().waitFor();
      expect((await admin.getByTestId('shown-secret').count()) === 0, 'the secret is shown again after a reload');
      expect((await clientRow().innerText()).includes(`${firstSecret.slice(0, 6)}`), 'the row does not show the secret prefix');
    });

    await step('admin rotates the secret (old one dropped at once): the new one is shown once and works, the old one not', async () => {
      await clientRow().getByTestId('rotate-secret').click();
      const dialog = admin.locator('.ant-modal').filter({ hasText: '轮换' });
      await dialog.locator('label.ant-radio-wrapper').filter({ hasText: '不保留' }).click();
      await dialog.locator('label.ant-radio-wrapper-checked').filter({ hasText: '不保留' }).waitFor();
      await dialog.getByRole('button', { name: /轮换密钥/ }).click();
      const secret = admin.getByTestId('shown-secret');
      await secret.filter({ hasNotText: firstSecret }).waitFor();
      const rotated = (await secret.innerText()).trim();
      expect(rotated !== firstSecret, 'rotation showed the old secret');
      expect((await clientToken(baseUrl, clientId, rotated)) === 200, 'the rotated secret gets no token');
      expect((await clientToken(baseUrl, clientId, firstSecret)) === 401, 'the old secret still gets a token');
      firstSecret = rotated;
    });

    await step('admin revokes the client: it is listed as revoked and its secret gets no token', async () => {
      await clientRow().getByRole('button', { name: '吊销' }).click();
      await confirmWith(admin, /吊\s*销/);
      await clientRow().locator('.ant-tag').filter({ hasText: '已吊销' }).waitFor();
      expect((await clientToken(baseUrl, clientId, firstSecret)) === 401, 'a revoked client still gets a token');
      await shot(admin, 'integrations-desktop-zh-CN-api-clients');
    });

    const webhookRow = () => admin.locator('tbody tr').filter({ hasText: receiver.url });
    await step('admin subscribes a webhook to the loopback receiver; its secret is shown once', async () => {
      await admin.goto('/admin/webhooks');
      await admin.getByTestId('new-webhook').click();
      const dialog = admin.getByRole('dialog');
      await dialog.getByTestId('webhook-url').fill(receiver.url);
      await dialog.getByLabel('说明').fill(`e2e 接收端 ${suffix}`);
      await pickOption(admin, dialog.getByTestId('webhook-projects'), '阳光花园');
      await shot(admin, 'integrations-desktop-zh-CN-webhook-form');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await admin.getByTestId('shown-secret').waitFor();
      expect((await admin.getByTestId('shown-secret').innerText()).trim().startsWith('whsec_'), 'the webhook secret is not a whsec_ secret');
      await webhookRow().waitFor();
    });

    let orderId = '';
    await step('a registered order reaches the receiver and shows as delivered in the delivery log', async () => {
      const order = await callApi(await apiToken('agent'), 'POST', '/api/v1/work-orders', {
        projectId: sg.id, location: '2栋大堂', type: 'REPAIR', category: 'PLUMBING', priority: 'NORMAL', channel: 'PHONE',
        title: `e2e webhook ${suffix}`, reporter: { name: '王先生', phone: '13700000001' },
      });
      orderId = order.id;
      const forOrder = () => receiver.received.filter((message) => message.body.includes(orderId) && message.body.includes('work_order.created'));
      await until(() => forOrder().length > 0, 'the work_order.created delivery', 60_000);
      const first = forOrder()[0];
      expect(Boolean(first.headers['webhook-id'] && first.headers['webhook-signature']), 'the delivery is not signed');
      await webhookRow().getByTestId('webhook-log').click();
      const drawer = admin.locator('.ant-drawer-open');
      await drawer.locator('tbody tr.ant-table-row').filter({ hasText: '已送达' }).first().waitFor();
      await shot(admin, 'integrations-desktop-zh-CN-deliveries');
    });

    await step('replaying the delivery sends it again', async () => {
      const before = receiver.received.length;
      const drawer = admin.locator('.ant-drawer-open');
      const row = drawer.locator('tbody tr.ant-table-row').filter({ hasText: '工单创建' }).first();
      await row.getByRole('button', { name: '重新发送' }).click();
      await admin.getByText('已重新排队').waitFor();
      await until(() => receiver.received.slice(before).some((message) => message.body.includes(orderId)), 'the replayed delivery', 60_000);
      await admin.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
    });

    await step('admin downloads the import template and checks a CSV with one bad row: the error is shown in zh-CN', async () => {
      await admin.goto(`/projects/${sg.id}?tab=import`);
      const panel = admin.getByTestId('import-panel');
      const [download] = await Promise.all([admin.waitForEvent('download'), panel.getByTestId('import-template-csv').click()]);
      const template = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
      const header = template[0];
      const building = template[1].split(',')[0];
      expect(header.split(',').length === 9 && building.length > 0, `template: ${template.slice(0, 2).join(' | ')}`);
      const good = csvLine([building, `${prefix}1`, '3', '88.5', '入住', '周一', '13800001234', '业主', '2024-03-01']);
      badCsv = `\uFEFF${header}\r\n${good}${csvLine([building, `${prefix}2`, '3', '', '入住', '吴二', '12ab', '租户', ''])}`;
      goodCsv = `\uFEFF${header}\r\n${good}${csvLine([building, `${prefix}2`, '3', '', '入住', '吴二', '13800005678', '租户', ''])}`;
      await panel.locator('input[type="file"]').setInputFiles({ name: `units-${suffix}.csv`, mimeType: 'text/csv', buffer: Buffer.from(badCsv, 'utf8') });
      await panel.getByTestId('import-check').click();
      const table = panel.getByTestId('import-errors');
      const row = table.locator('tbody tr').filter({ hasText: '住户电话' });
      await row.getByText('不是有效的电话号码（5 到 20 位数字、+、- 或空格）').waitFor();
      expect((await row.innerText()).includes('3'), 'the error does not name row 3');
      expect(await panel.getByTestId('import-run').isDisabled(), 'a file with errors can be imported');
      await table.scrollIntoViewIfNeeded();
      await shot(admin, 'integrations-desktop-zh-CN-import-errors');
    });

    await step('admin fixes the row, checks again and imports: the units are there', async () => {
      const panel = admin.getByTestId('import-panel');
      await panel.locator('input[type="file"]').setInputFiles({ name: `units-${suffix}-fixed.csv`, mimeType: 'text/csv', buffer: Buffer.from(goodCsv, 'utf8') });
      await panel.getByTestId('import-check').click();
      await panel.getByText('没有错误，可以导入。').waitFor();
      await panel.getByTestId('import-run').click();
      await panel.getByTestId('import-result').locator('.ant-alert-success').filter({ hasText: '导入' }).waitFor();
      await shot(admin, 'integrations-desktop-zh-CN-imported');
      const units = await callApi(adminToken, 'GET', `/api/v1/projects/${sg.id}/units?limit=200&q=${prefix}`);
      expect(units.items.length === 2, `units imported: ${units.items.length}`);
    });

    // The three screens at both widths and in both languages (the import panel with the bad file's errors).
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN', baseURL: baseUrl });
    phoneContext.setDefaultTimeout(timeout);
    try {
      const phone = await phoneContext.newPage();
      phone.on('pageerror', (error) => errors.push(error.message));
      await login(phone, 'admin');
      for (const [page, width] of [[admin, 'desktop'], [phone, 'phone']]) {
        for (const [language, label] of [['zh-CN', '简体中文'], ['en', 'English']]) {
          await step(`the integration screens at ${width} in ${language}`, async () => {
            await page.goto('/admin/api-clients');
            await page.getByTestId('new-api-client').waitFor();
            if ((await page.getAttribute('html', 'lang')) !== language) await switchLanguage(page, label);
            await page.locator('tbody tr').filter({ hasText: clientName }).waitFor();
            await shot(page, `integrations-${width}-${language}-api-clients`);
            await page.goto('/admin/webhooks');
            await page.locator('tbody tr').filter({ hasText: receiver.url }).waitFor();
            await shot(page, `integrations-${width}-${language}-webhooks`);
            await page.locator('tbody tr').filter({ hasText: receiver.url }).getByTestId('webhook-log').click();
            await page.locator('.ant-drawer-open tbody tr.ant-table-row').first().waitFor();
            await shot(page, `integrations-${width}-${language}-deliveries`);
            await page.goto(`/projects/${sg.id}?tab=import`);
            const panel = page.getByTestId('import-panel');
            await panel.locator('input[type="file"]').setInputFiles({ name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv, 'utf8') });
            await panel.getByTestId('import-check').click();
            const phoneError = language === 'en' ? 'Not a phone number (5 to 20 digits, +, - or spaces)' : '不是有效的电话号码（5 到 20 位数字、+、- 或空格）';
            await panel.getByTestId('import-errors').getByText(phoneError).waitFor();
            await panel.getByTestId('import-errors').scrollIntoViewIfNeeded();
            await shot(page, `integrations-${width}-${language}-import`);
          });
        }
        await switchLanguage(page, '简体中文');
      }
    } finally {
      await phoneContext.close();
    }

    await step('admin deletes the subscription after a confirmation', async () => {
      await admin.goto('/admin/webhooks');
      await webhookRow().getByRole('button', { name: '删除' }).click();
      await confirmWith(admin, /删\s*除/);
      await webhookRow().waitFor({ state: 'detached' });
    });

    await step('no uncaught errors in the integration pages', async () => {
      expect(errors.length === 0, `page errors: ${errors.join('; ')}`);
    });
  } finally {
    await desk.close();
    await receiver.close();
  }
}
