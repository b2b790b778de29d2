// The quality loop (issue 12): an inspector on a 390 px phone runs a 十必查 check with one failure and a photo — the
// answers survive a reload — and submits it; the manager at the desk (1440 px) sees the finding with its photo and
// raises a rectification for tech1; tech1 completes the order (through the API); the manager re-inspects it PASS
// (销号) on the register and prints the 督导报告 to PDF in Chromium, then opens the monthly brief (月度简报), downloads it
// as Excel and prints it; the inspector opens 今日任务 and starts a plan's task.
// Then every new screen at 1440 and 390 px in zh-CN and en. Called from run.mjs with its helpers.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { photo } from './evidence.mjs';

/** Logs in, trying the demo inspector first: an API without the QUALITY_SUPERVISOR demo user falls back to the manager. */
async function inspectorLogin(apiToken) {
  const wanted = process.env.STEWARD_E2E_INSPECTOR ?? 'supervisor';
  if (await apiToken(wanted)) return wanted;
  console.log(`  (no demo user '${wanted}': the manager inspects)`);
  return 'manager';
}

export async function inspectionStory({ browser, baseUrl, artifacts, step, expect, shot, timeout, login, switchLanguage, apiToken, callApi, pickOption: pick }) {
  console.log('inspection story: inspector on a phone (390×844), manager at the desk (1440×900)');
  const managerToken = await apiToken('manager');
  const techToken = await apiToken('tech1');
  const inspector = await inspectorLogin(apiToken);
  const projects = await callApi(managerToken, 'GET', '/api/v1/projects');
  const sg = projects.items.find((project) => project.code === 'SG');
  const tech = await callApi(techToken, 'GET', '/api/v1/me');
  const templates = await callApi(managerToken, 'GET', '/api/v1/inspection-templates?includeDrafts=false&limit=200');
  const tenChecks = templates.items.find((template) => template.code === 'TEN_MUST_CHECKS');
  expect(tenChecks, `the 十必查 rubric is seeded (templates: ${templates.items.map((template) => template.code).join(', ')})`);
  const location = `e2e 1栋 ${Date.now().toString(36)}`;
  const note = '消防通道堆放杂物，未清理';

  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN', baseURL: baseUrl });
  phoneContext.setDefaultTimeout(timeout);
  const phone = await phoneContext.newPage();
  const deskContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', baseURL: baseUrl });
  deskContext.setDefaultTimeout(timeout);
  const desk = await deskContext.newPage();
  const errors = [];
  for (const page of [phone, desk]) page.on('pageerror', (error) => errors.push(error.message));
  let inspectionUrl = '';
  let failedCode = '';
  let inspectionCode = '';
  try {
    await step(`${inspector} starts a 十必查 check on the phone`, async () => {
      await login(phone, inspector);
      await phone.getByRole('button', { name: '打开菜单' }).click();
      await phone.getByRole('menuitem', { name: '品质督导' }).click();
      await shot(phone, 'inspection-phone-zh-CN-menu');
      // The supervisor's home screen loads what their menu offers: none of it may be refused (a "Forbidden" toast for
      // the surveys' and the complaint review's figures was seen).
      const refused = await phone.locator('.ant-notification-notice-error').allInnerTexts();
      expect(refused.length === 0, `error notices after login: ${refused.join(' | ')}`);
      await phone.getByRole('menuitem', { name: '发起检查' }).click();
      await phone.waitForURL(/\/inspections\/new$/);
      await pick(phone, phone.getByTestId('start-project'), '阳光花园');
      await pick(phone, phone.getByTestId('start-template'), '十必查');
      await phone.getByText('明查').click();
      await phone.getByTestId('start-location').fill(location);
      await shot(phone, 'inspection-phone-zh-CN-start');
      await phone.getByTestId('start-inspection').click();
      await phone.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
      inspectionUrl = new URL(phone.url()).pathname;
      await phone.getByTestId('score-bar').waitFor();
      const total = await phone.getByTestId('score-total').innerText();
      expect(total === '100.0', `a fresh check starts at 100 (provisional): ${total}`);
    });

    await step('one check point fails, with a note and a photo from the camera', async () => {
      const first = phone.getByTestId('checkpoint').first();
      failedCode = await first.getAttribute('data-code');
      await first.getByTestId('answer-MISSING').click();
      await first.getByTestId('finding-note').fill(note);
      await first.getByTestId('camera-input').setInputFiles([{ name: 'exit-blocked.jpg', mimeType: 'image/jpeg', buffer: await photo(phone, '消防通道堵塞', '#8c2f39') }]);
      await first.getByTestId('attachment-thumb').waitFor();
      const grade = await phone.getByTestId('grade-tag').getAttribute('data-grade');
      const total = Number(await phone.getByTestId('score-total').innerText());
      expect(total < 100, `the running score fell: ${total} (${grade})`);
      await phone.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
      await shot(phone, 'inspection-phone-zh-CN-finding');
    });

    await step('a reload loses nothing (the answers are saved and kept)', async () => {
      await phone.reload();
      const first = phone.locator(`[data-testid="checkpoint"][data-code="${failedCode}"]`);
      await first.waitFor();
      expect((await first.getAttribute('data-status')) === 'MISSING', 'the failure is still there after a reload');
      expect((await first.getByTestId('finding-note').inputValue()) === note, 'the note is still there after a reload');
      await first.getByTestId('attachment-thumb').waitFor();
    });

    await step('every other check point passes, section by section, and the check is submitted', async () => {
      for (let guard = 0; guard < 30; guard += 1) {
        const rest = phone.getByTestId('rest-met');
        if (await rest.isEnabled()) await rest.click();
        if (guard === 1) await shot(phone, 'inspection-phone-zh-CN-section');
        const next = phone.getByTestId('next-section');
        if ((await next.count()) === 0) break;
        const title = await phone.getByTestId('section-title').innerText();
        await next.click();
        await phone.waitForFunction((before) => document.querySelector('[data-testid="section-title"]')?.textContent !== before, title);
      }
      await phone.getByTestId('walk-summary').fill('十必查日检：消防通道一处堵塞，其余正常');
      await phone.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
      const answered = await phone.getByTestId('answered-count').innerText();
      expect(/(\d+)\/\1/.test(answered), `every check point answered: ${answered}`);
      await phone.getByTestId('submit-inspection').click();
      const dialog = phone.locator('.ant-modal-content:visible');
      await dialog.getByTestId('score-headline').waitFor();
      await shot(phone, 'inspection-phone-zh-CN-submit');
      await phone.locator('#confirm-submit').click();
      await phone.getByTestId('open-report').waitFor();
      const inspection = await callApi(managerToken, 'GET', `/api/v1${inspectionUrl}`);
      expect(inspection.status === 'SUBMITTED', `the inspection is ${inspection.status}`);
      expect(inspection.score.findingCount === 1, `findings: ${inspection.score.findingCount}`);
      inspectionCode = inspection.code;
      await shot(phone, 'inspection-phone-zh-CN-detail');
    });

    let workOrderId = '';
    await step('the manager sees the finding with its photo and raises a rectification for tech1', async () => {
      await login(desk, 'manager');
      await desk.goto(`/inspections?project=${sg.id}`);
      await shot(desk, 'inspection-desktop-zh-CN-list');
      await desk.getByTestId('inspection-row').filter({ hasText: inspectionCode }).first().waitFor();
      await desk.goto(inspectionUrl);
      const finding = desk.locator(`[data-testid="finding"][data-code="${failedCode}"]`);
      await finding.getByText(note).waitFor();
      await finding.getByTestId('attachment-thumb').waitFor();
      await shot(desk, 'inspection-desktop-zh-CN-detail');
      await finding.getByTestId('raise-rectification').click();
      const dialog = desk.locator('.ant-modal-content:visible');
      await pick(desk, dialog.getByTestId('owner-picker'), tech.displayName);
      await dialog.getByTestId('deadline-plus-3').click();
      await shot(desk, 'inspection-desktop-zh-CN-raise');
      await dialog.locator('.ant-modal-footer button.ant-btn-primary').click();
      await finding.getByTestId('finding-rectification').waitFor();
      const inspection = await callApi(managerToken, 'GET', `/api/v1${inspectionUrl}`);
      workOrderId = inspection.results.find((result) => result.rectification)?.rectification.workOrderId;
      expect(workOrderId, 'the finding carries its rectification work order');
    });

    await step('tech1 does the work (the order is completed through the API)', async () => {
      await callApi(techToken, 'POST', `/api/v1/work-orders/${workOrderId}/start`, {});
      await callApi(techToken, 'POST', `/api/v1/work-orders/${workOrderId}/complete`, { resolution: '杂物已清理，通道畅通' });
    });

    await step('the manager re-inspects it on the register: PASS closes it (销号)', async () => {
      await desk.goto('/rectifications?status=AWAITING_REINSPECTION');
      const row = desk.getByTestId('rectification-row').filter({ hasText: inspectionCode }).first();
      await row.waitFor();
      await shot(desk, 'inspection-desktop-zh-CN-register');
      await row.getByTestId('reinspect').click();
      const dialog = desk.locator('.ant-modal-content:visible');
      await dialog.getByText('合格（销号）').click();
      await dialog.getByTestId('reinspect-note').fill('复查合格');
      await shot(desk, 'inspection-desktop-zh-CN-reinspect');
      await dialog.locator('.ant-modal-footer button.ant-btn-primary').click();
      await dialog.waitFor({ state: 'hidden' });
      const rectifications = await callApi(managerToken, 'GET', `/api/v1/rectifications?projectId=${sg.id}&inspectionId=${inspectionUrl.split('/').pop()}`);
      const status = rectifications.items[0]?.status;
      expect(status === 'CLOSED', `the rectification is ${status}, not CLOSED`);
      const order = await callApi(managerToken, 'GET', `/api/v1/work-orders/${workOrderId}`);
      expect(order.status === 'CLOSED', `the order is ${order.status}, not CLOSED`);
    });

    await step('the 督导报告 prints to an A4 PDF', async () => {
      await desk.goto(`${inspectionUrl}/report`);
      await desk.getByTestId('inspection-report').getByTestId('attachment-thumb').first().waitFor();
      await desk.getByTestId('inspection-report').getByText('已销号').first().waitFor();
      await shot(desk, 'inspection-desktop-zh-CN-report');
      await desk.emulateMedia({ media: 'print' });
      const sider = await desk.locator('.ant-layout-sider').first().isVisible();
      expect(!sider, 'the sidebar is hidden in print');
      // page.pdf prints with the print stylesheet (the media stays 'print' for it).
      const pdf = await desk.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(artifacts, 'inspection-report.pdf'), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pdf.subarray(0, 5).toString() === '%PDF-' && pages >= 1, `the report PDF has ${pages} pages`);
      console.log(`    report PDF: ${pages} page(s), ${pdf.length} bytes`);
      await desk.emulateMedia({ media: null });
    });

    await step('the manager opens the monthly brief (月度简报): ranking, deductions, Excel and an A4 print', async () => {
      await desk.goto('/inspections');
      await desk.getByRole('menuitem', { name: '月度简报' }).click();
      await desk.waitForURL(/\/inspections\/monthly/);
      const brief = desk.getByTestId('monthly-brief');
      await brief.waitFor();
      // The last complete month by default: both demo projects have customer-service inspections in it.
      await brief.getByTestId('brief-ranking-row').nth(1).waitFor();
      const scores = await brief.getByTestId('brief-score').allInnerTexts();
      expect(scores.length >= 2 && scores.every((score) => /^\d+\.\d$/.test(score)), `brief scores: ${scores.join(', ')}`);
      expect((await brief.getByTestId('brief-deduction-row').count()) >= 1, 'the brief lists the top deductions');
      await shot(desk, 'inspection-desktop-zh-CN-brief');
      const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByTestId('brief-xlsx').click()]);
      expect(/^monthly-brief-\d{4}-\d{2}\.xlsx$/.test(download.suggestedFilename()), `the brief's file: ${download.suggestedFilename()}`);
      await desk.emulateMedia({ media: 'print' });
      const pdf = await desk.pdf({ printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(artifacts, 'monthly-brief.pdf'), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pdf.subarray(0, 5).toString() === '%PDF-' && pages >= 1, `the brief PDF has ${pages} pages`);
      console.log(`    brief PDF: ${pages} page(s), ${pdf.length} bytes`);
      await desk.emulateMedia({ media: null });
    });

    await step('the administrator builds a rubric: the builder checks it, saves a draft and publishes version 1', async () => {
      const adminContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', baseURL: baseUrl });
      adminContext.setDefaultTimeout(timeout);
      const admin = await adminContext.newPage();
      admin.on('pageerror', (error) => errors.push(error.message));
      try {
        await login(admin, 'admin');
        await admin.goto('/inspections/templates/new');
        const field = (path) => admin.locator(`[data-path="${path}"]`);
        const name = `e2e 夜间巡查 ${Date.now().toString(36)}`;
        await field('name.zh').fill(name);
        await field('name.en').fill('e2e night patrol');
        await admin.getByTestId('add-section').click();
        await field('sections[0].name.zh').fill('照明');
        await field('sections[0].name.en').fill('Lighting');
        await admin.getByTestId('add-item').click();
        await admin.getByTestId('save-draft').click();
        // Weight 0 and an item without names: marked before anything is sent.
        await admin.getByText('0.01–100，最多两位小数').waitFor();
        await shot(admin, 'inspection-desktop-zh-CN-builder-errors');
        await field('sections[0].weightPercent').fill('100');
        await field('sections[0].items[0].name.zh').fill('公共照明');
        await field('sections[0].items[0].name.en').fill('Common-area lights');
        await admin.getByTestId('add-checkpoint').click();
        await field('sections[0].items[0].checkPoints[0].text.zh').fill('路灯、庭院灯全部正常点亮');
        await field('sections[0].items[0].checkPoints[0].text.en').fill('Street and garden lights all working');
        await admin.getByTestId('save-draft').click();
        await admin.waitForURL(/\/inspections\/templates\/[0-9a-f-]{36}$/);
        const id = new URL(admin.url()).pathname.split('/').pop();
        const version = admin.getByTestId('template-version').filter({ hasText: 'v1' });
        for (let attempt = 1; ; attempt += 1) {
          await admin.getByTestId('publish').click();
          await admin.locator('.ant-modal-confirm .ant-btn-primary').click();
          try {
            await version.waitFor({ timeout: 15_000 });
            break;
          } catch (error) {
            // Seen twice in CI, not reproduced here: keep what the page and the API showed. A publish that never reached
            // the API (the confirm's click lost, as antd's animations have lost others on a busy machine) is tried again;
            // a stored version 1 that the page does not show is a failure.
            await shot(admin, `inspection-desktop-zh-CN-builder-publish-missing-${attempt}`);
            const state = await callApi(managerToken, 'GET', `/api/v1/inspection-templates/${id}`);
            const shown = await admin.locator('.ant-alert, .ant-message, .ant-modal').allInnerTexts();
            console.log(`    version 1 not shown (attempt ${attempt}; stored version ${JSON.stringify(state.currentVersion?.number)}; on screen: ${shown.join(' | ')})`);
            if (attempt === 2 || state.currentVersion) throw error;
            await admin.keyboard.press('Escape');
          }
        }
        await shot(admin, 'inspection-desktop-zh-CN-builder-published');
        const stored = await callApi(managerToken, 'GET', `/api/v1/inspection-templates/${id}`);
        expect(stored.currentVersion?.number === 1 && stored.currentVersion.checkPointCount === 1, `published: ${JSON.stringify(stored.currentVersion?.number)}`);
      } finally {
        await adminContext.close();
      }
    });

    await step(`${inspector} opens 今日任务 on the phone and starts a task of a plan`, async () => {
      const me = await callApi(await apiToken(inspector), 'GET', '/api/v1/me');
      const name = `e2e 十必查 ${Date.now().toString(36)}`;
      const plan = await callApi(managerToken, 'POST', '/api/v1/inspection-plans', { projectId: sg.id, name, templateId: tenChecks.id, level: 'SERVICE_CENTRE', inspectorIds: [me.id], dueTime: '23:59' });
      // The header's project is SG (the switcher keeps it in localStorage).
      await phone.evaluate((id) => localStorage.setItem('steward.projectId', id), sg.id);
      await phone.goto('/inspections/today');
      const card = phone.getByTestId('today-task').filter({ hasText: name }).first();
      await card.waitFor();
      await shot(phone, 'inspection-phone-zh-CN-today');
      await card.getByTestId('today-task-open').click();
      await phone.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
      await phone.getByTestId('score-bar').waitFor();
      const started = new URL(phone.url()).pathname.split('/').pop();
      const tasks = await callApi(managerToken, 'GET', `/api/v1/inspection-tasks?planId=${plan.id}&limit=10`);
      expect(tasks.items[0]?.inspectionId === started, `today's first task is linked to the inspection it started (${JSON.stringify(tasks.items[0])})`);
      // Back on 今日任务 the same task now continues that inspection.
      await phone.goto('/inspections/today');
      await phone.getByTestId('today-task').filter({ hasText: name }).first().getByText('继续检查').waitFor();
    });

    await step('the manager plans a daily patrol of two equipment rooms (设备房) in the editor: a task per room', async () => {
      const name = `e2e 设备房巡查 ${Date.now().toString(36)}`;
      await desk.evaluate((id) => localStorage.setItem('steward.projectId', id), sg.id);
      await desk.goto('/inspections/plans');
      await desk.getByTestId('plan-new').click();
      const dialog = desk.getByRole('dialog');
      await dialog.getByLabel('计划名称').fill(name);
      await pick(desk, dialog.getByTestId('plan-template'), '设施设备');
      // Multiple choice: the list stays open after a pick; Escape closes it.
      await dialog.getByTestId('plan-inspectors').click();
      await desk.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '张经理' }).first().click();
      await dialog.getByTestId('plan-inspectors').filter({ hasText: '张经理' }).waitFor();
      await desk.keyboard.press('Escape');
      const rooms = dialog.getByTestId('plan-equipment-rooms');
      await rooms.click();
      for (const room of ['2号楼水泵房', '2号楼配电房']) {
        await desk.keyboard.type(room);
        await desk.keyboard.press('Enter');
      }
      await rooms.getByText('2号楼配电房').waitFor();
      await desk.keyboard.press('Escape');
      await shot(desk, 'inspection-desktop-zh-CN-plan-rooms');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      const plans = await callApi(managerToken, 'GET', `/api/v1/inspection-plans?projectId=${sg.id}&limit=50`);
      const plan = plans.items.find((item) => item.name === name);
      expect(plan && plan.equipmentRooms.join('|') === '2号楼水泵房|2号楼配电房', `the plan's rooms: ${JSON.stringify(plan?.equipmentRooms)}`);
      const tasks = await callApi(managerToken, 'GET', `/api/v1/inspection-tasks?planId=${plan.id}&limit=50`);
      const rooms8 = tasks.items.map((task) => task.equipmentRoom);
      expect(tasks.items.length === 16 && rooms8.filter((room) => room === '2号楼水泵房').length === 8, `a task per room and day: ${JSON.stringify(rooms8)}`);
      await desk.getByTestId('plan-card').or(desk.locator('tr')).filter({ hasText: name }).first().getByText('每间设备房（2 间）', { exact: false }).waitFor();
    });

    await step('the new screens at 1440 and 390 px, in zh-CN and en', async () => {
      // A checklist in progress for each of them (each walks their own; the desk's manager, the phone's inspector).
      const draftOf = async (user) =>
        (await callApi(await apiToken(user), 'POST', '/api/v1/inspections', { projectId: sg.id, templateId: tenChecks.id, method: 'UNANNOUNCED', location: '3栋 设备房' })).id;
      const drafts = { desktop: await draftOf('manager'), phone: await draftOf(inspector) };
      const screens = [
        ['list', `/inspections?project=${sg.id}`, 'inspection-row'],
        ['detail', inspectionUrl, 'score-headline'],
        ['register', '/rectifications', 'rectification-summary'],
        ['templates', '/inspections/templates', 'template-row'],
        ['builder', `/inspections/templates/${tenChecks.id}`, 'weight-total'],
        ['report', `${inspectionUrl}/report`, 'inspection-report'],
        ['brief', '/inspections/monthly', 'monthly-brief'],
        ['start', '/inspections/new', 'start-template'],
        ['walk', '', 'score-bar'],
      ];
      for (const [page, tag] of [
        [desk, 'desktop'],
        [phone, 'phone'],
      ]) {
        for (const language of ['zh-CN', 'en']) {
          if (language === 'en') await switchLanguage(page, 'English');
          for (const [name, path, testId] of screens) {
            await page.goto(name === 'walk' ? `/inspections/${drafts[tag]}` : path);
            await page.getByTestId(tag === 'phone' && testId === 'inspection-row' ? 'inspection-card' : testId).first().waitFor();
            await shot(page, `inspection-${tag}-${language}-${name}`);
          }
        }
        await switchLanguage(page, '简体中文');
      }
      expect(errors.length === 0, `page errors: ${errors.join('; ')}`);
    });
  } finally {
    await phoneContext.close();
    await deskContext.close();
  }
}
