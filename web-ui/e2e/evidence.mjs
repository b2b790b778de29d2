// The evidence story (issue 11): a technician on a 390 px phone photographs the leak before the repair and the
// result after it, and completes the order; the agent at the desk (1440 px) sees both photos side by side and in
// the timeline. Screenshots in zh-CN and en. Called from run.mjs with its helpers.

/** A JPEG drawn by the browser itself (a coloured "photo" with a label), as a Buffer for setInputFiles. */
export async function photo(page, label, color) {
  const base64 = await page.evaluate(
    ([text, fill]) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1600;
      canvas.height = 1200;
      const g = canvas.getContext('2d');
      g.fillStyle = fill;
      g.fillRect(0, 0, 1600, 1200);
      g.fillStyle = '#fff';
      g.font = 'bold 160px sans-serif';
      g.fillText(text, 200, 650);
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1];
    },
    [label, color],
  );
  return Buffer.from(base64, 'base64');
}

export async function evidenceStory({ browser, baseUrl, step, expect, shot, timeout, login, switchLanguage, apiToken, callApi }) {
  console.log('evidence: technician on a phone (390×844), agent at the desk (1440×900)');
  const agentToken = await apiToken('agent');
  const techToken = await apiToken('tech1');
  const projects = await callApi(agentToken, 'GET', '/api/v1/projects');
  const sg = projects.items.find((p) => p.code === 'SG');
  const tech = await callApi(techToken, 'GET', '/api/v1/me');
  const order = await callApi(agentToken, 'POST', '/api/v1/work-orders', {
    projectId: sg.id, location: '5栋地下车库', type: 'REPAIR', category: 'PLUMBING', priority: 'HIGH', channel: 'PHONE',
    title: '车库顶板渗水', reporter: { name: '李娜', phone: '13900001111' },
  });
  await callApi(agentToken, 'POST', `/api/v1/work-orders/${order.id}/assign`, { assigneeId: tech.id });

  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN', baseURL: baseUrl });
  phoneContext.setDefaultTimeout(timeout);
  const phone = await phoneContext.newPage();
  const deskContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', baseURL: baseUrl });
  deskContext.setDefaultTimeout(timeout);
  const desk = await deskContext.newPage();
  const errors = [];
  for (const page of [phone, desk]) page.on('pageerror', (error) => errors.push(error.message));
  try {
    await step('the technician starts the order on the phone and photographs the leak (维修前)', async () => {
      await login(phone, 'tech1');
      await phone.goto(`/work-orders/${order.id}`);
      await phone.getByRole('button', { name: '开始处理' }).click();
      await phone.locator('.ant-tag', { hasText: '处理中' }).first().waitFor();
      const evidence = phone.getByTestId('evidence');
      await evidence.scrollIntoViewIfNeeded();
      await evidence.getByText('维修前').first().click();
      await phone.getByTestId('camera-input').setInputFiles([
        { name: 'before-1.jpg', mimeType: 'image/jpeg', buffer: await photo(phone, '维修前 1', '#8c2f39') },
        { name: 'before-2.jpg', mimeType: 'image/jpeg', buffer: await photo(phone, '维修前 2', '#6b2737') },
      ]);
      await phone.getByTestId('stage-BEFORE').getByTestId('attachment-thumb').nth(1).waitFor();
      await shot(phone, 'evidence-phone-zh-CN-before');
    });

    await step('…then the result (维修后), and completes it', async () => {
      await phone.getByTestId('evidence').getByText('维修后').first().click();
      await phone.getByTestId('camera-input').setInputFiles([
        { name: 'after.jpg', mimeType: 'image/jpeg', buffer: await photo(phone, '维修后', '#2f6b3a') },
      ]);
      await phone.getByTestId('stage-AFTER').getByTestId('attachment-thumb').first().waitFor();
      await phone.getByTestId('evidence').scrollIntoViewIfNeeded();
      await shot(phone, 'evidence-phone-zh-CN-after');
      await phone.getByRole('button', { name: '完成' }).first().click();
      const dialog = phone.locator('.ant-modal-content:visible').filter({ has: phone.getByLabel('处理结果') });
      await dialog.getByLabel('处理结果').fill('更换顶板止水节，已不再渗水');
      await dialog.locator('.ant-modal-footer button.ant-btn-primary').click();
      await phone.locator('.ant-tag', { hasText: '已完成' }).first().waitFor();
      const status = (await callApi(agentToken, 'GET', `/api/v1/work-orders/${order.id}`)).status;
      expect(status === 'COMPLETED', `the order is ${status}, not COMPLETED`);
    });

    await step('the viewer opens a photo full size on the phone', async () => {
      await phone.getByTestId('stage-AFTER').getByTestId('attachment-thumb').first().click();
      await phone.locator('.ant-image-preview-img').waitFor();
      await shot(phone, 'evidence-phone-zh-CN-viewer');
      await phone.keyboard.press('Escape');
      await switchLanguage(phone, 'English');
      await phone.getByTestId('evidence').scrollIntoViewIfNeeded();
      await phone.getByText('Photos and files').first().waitFor();
      await shot(phone, 'evidence-phone-en');
    });

    await step('the agent sees the before and after photos side by side and in the timeline', async () => {
      await login(desk, 'agent');
      await desk.goto(`/work-orders/${order.id}`);
      await desk.getByTestId('stage-BEFORE').getByTestId('attachment-thumb').nth(1).waitFor();
      await desk.getByTestId('stage-AFTER').getByTestId('attachment-thumb').first().waitFor();
      const timelineThumbs = desk.getByTestId('timeline').getByTestId('attachment-thumb');
      await timelineThumbs.nth(2).waitFor();
      expect((await timelineThumbs.count()) === 3, 'three photos in the timeline');
      await shot(desk, 'evidence-desk-zh-CN');
      await switchLanguage(desk, 'English');
      await desk.getByText('Photos and files').first().waitFor();
      await desk.getByText('After').first().waitFor();
      await shot(desk, 'evidence-desk-en');
      expect(errors.length === 0, `page errors: ${errors.join('; ')}`);
    });
  } finally {
    await phoneContext.close();
    await deskContext.close();
  }
}
