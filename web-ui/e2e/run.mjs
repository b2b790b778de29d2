#!/usr/bin/env node
// End-to-end story against a running Steward (API + this SPA on one origin) with demo data.
// Drives the system's Chromium through playwright-core (no browser download).
//
//   STEWARD_E2E_BASE_URL   where Steward runs (default http://localhost:8080)
//   STEWARD_E2E_CHROMIUM   the Chromium binary (default /usr/bin/chromium)
//   CI=true                a missing Chromium or an unreachable server fails the run instead of skipping
//
// Screenshots (desktop 1440×900 and phone 390×844, zh-CN and en) go to e2e/artifacts/.
// STEWARD_E2E_ONLY_WORK_ORDERS=1 runs only the work-order stories (the service loop and the quality screens),
// STEWARD_E2E_ONLY_EVIDENCE=1 only the evidence story (photos on a work order),
// STEWARD_E2E_ONLY_KEYS=1 only the key story, STEWARD_E2E_ONLY_SURVEYS=1 only the survey story,
// STEWARD_E2E_ONLY_INSPECTIONS=1 only the inspection story (quality supervision: check, rectification, 复查, report PDF),
// STEWARD_E2E_ONLY_QUALITY=1 only the quality-picture story (品质看板: a warning followed to its orders, the ranking),
// STEWARD_E2E_ONLY_EXPORTS=1 only the exports story (CSV / Excel of every manager list).
// STEWARD_E2E_ONLY_REPORTS=1 only the quality-reports story (投诉周报, 回访月报, 季度统计分析: XLSX and an A4 PDF).
// STEWARD_E2E_ONLY_ADMIN=1 only the administrator's story (users, memberships, settings screens).
// STEWARD_E2E_ONLY_INTEGRATIONS=1 only the integrations story (API clients, webhooks with a loopback receiver, the import).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { deskStory } from './desk-story.mjs';
import { adminStory } from './admin.mjs';
import { evidenceStory } from './evidence.mjs';
import { chooseFromMenu } from './menus.mjs';
import { inspectionStory } from './inspection.mjs';
import { integrationsStory } from './integrations.mjs';
import { exportsStory } from './exports.mjs';
import { qualityPictureStory } from './quality-picture.mjs';
import { qualityReportsStory } from './quality-reports.mjs';

const baseUrl = (process.env.STEWARD_E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const executablePath = process.env.STEWARD_E2E_CHROMIUM ?? '/usr/bin/chromium';
const ci = process.env.CI === 'true' || process.env.CI === '1';
const artifacts = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const USER = process.env.STEWARD_E2E_USER ?? 'manager';
const PASSWORD = process.env.STEWARD_E2E_PASSWORD ?? 'steward-demo';
const TIMEOUT = 30_000; // generous: the stories share two cores with the API tests

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

function skipOrFail(reason) {
  if (ci) {
    console.error(`e2e: FAIL: ${reason}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.warn(`e2e: skipped: ${reason} (under CI=true this fails)`);
  process.exit(0);
}

if (!existsSync(executablePath)) skipOrFail(`Chromium not found at ${executablePath}`);
try {
  const response = await fetch(`${baseUrl}/login`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET /login answered ${response.status}`);
} catch (error) {
  skipOrFail(`Steward is not reachable at ${baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
}
mkdirSync(artifacts, { recursive: true });

let passed = 0;
let failed = 0;
const failures = []; // repeated at the end, so a log's tail names what failed
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    const lines = (error instanceof Error ? error.message : String(error)).split('\n');
    console.log(`  ✗ ${name}\n    ${lines.join('\n    ')}`);
    failures.push(`  ✗ ${name}\n    ${lines.slice(0, 8).join('\n    ')}`);
    throw error;
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
});

async function shot(page, name) {
  await page.waitForTimeout(350); // let antd's transitions settle
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
}

/** Switches the UI language and waits until the page has switched (<html lang>). */
async function switchLanguage(page, label) {
  const language = label === 'English' ? 'en' : 'zh-CN';
  // On a busy page (the 90-day statistics redraw their charts) antd's menu can keep moving: see chooseFromMenu.
  await chooseFromMenu(page, page.getByTestId('language-switch').first(), label, (timeout) =>
    page.waitForFunction((wanted) => document.documentElement.lang === wanted, language, { timeout }));
}

async function story({ name, ...contextOptions }) {
  console.log(`${name} (${contextOptions.viewport.width}×${contextOptions.viewport.height})`);
  // A Chinese browser: the UI starts in zh-CN.
  const context = await browser.newContext({ ...contextOptions, locale: 'zh-CN', baseURL: baseUrl });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  try {
    await step('the login page is in zh-CN for a Chinese browser', async () => {
      await page.goto('/');
      await page.waitForURL(/\/login/);
      await page.getByRole('button', { name: /登\s*录/ }).waitFor();
      await shot(page, `${name}-zh-CN-login`);
    });

    await step('a wrong password says so', async () => {
      // A made-up user, so that repeated runs never use up the real user's failed-login budget.
      await page.getByLabel('用户名').fill(`e2e-nobody-${Date.now().toString(36)}`);
      await page.getByLabel('密码').fill('not-the-password');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByText('用户名或密码错误').waitFor();
      await shot(page, `${name}-zh-CN-login-error`);
    });

    await step(`${USER} logs in and sees both projects`, async () => {
      await page.getByLabel('用户名').fill(USER);
      await page.getByLabel('密码').fill(PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByTestId('project-card').filter({ hasText: '阳光花园' }).waitFor();
      await page.getByTestId('project-card').filter({ hasText: '翠湖苑' }).waitFor();
      const cards = await page.getByTestId('project-card').allInnerTexts();
      expect(cards.some((text) => text.includes('SG')) && cards.some((text) => text.includes('JL')), `project cards: ${cards.join(' | ')}`);
      await shot(page, `${name}-zh-CN-dashboard`);
    });

    if (name === 'phone') {
      await step('the sidebar opens as a drawer on a phone', async () => {
        await page.getByRole('button', { name: '打开菜单' }).click();
        await page.getByRole('menuitem', { name: /(^|\s)项目$/ }).waitFor();
        await shot(page, `${name}-zh-CN-menu`);
        await page.keyboard.press('Escape');
        await page.getByRole('menuitem', { name: /(^|\s)项目$/ }).waitFor({ state: 'hidden' });
      });
    }

    await step('the language switches to English and back', async () => {
      await switchLanguage(page, 'English');
      await page.getByText('Your projects').waitFor();
      expect((await page.getAttribute('html', 'lang')) === 'en', 'html lang is not en');
      await shot(page, `${name}-en-dashboard`);
      await page.reload();
      await page.getByText('Your projects').waitFor(); // the choice is remembered
      await switchLanguage(page, '简体中文');
      await page.getByText('我的项目').waitFor();
      await switchLanguage(page, 'English');
      await page.getByText('Your projects').waitFor();
    });

    let searchTerm = '';
    await step("a project's units open", async () => {
      await page.getByTestId('project-card').filter({ hasText: '阳光花园' }).click();
      await page.waitForURL(/\/projects\/[^/?]+/);
      await page.getByRole('tab', { name: 'Units' }).waitFor();
      const firstRow = page.getByTestId('unit-row').first();
      await firstRow.waitFor();
      const label = (await firstRow.locator('td').first().innerText()).trim();
      expect(label.length > 0, 'the first unit has no label');
      searchTerm = label.split('-').pop() ?? label;
      await shot(page, `${name}-en-project-units`);
    });

    await step('a unit is found by its number, and the search is in the URL', async () => {
      await page.locator('input[data-testid="unit-search"], [data-testid="unit-search"] input').first().fill(searchTerm);
      await page.waitForURL((url) => url.searchParams.get('q') === searchTerm);
      await page.waitForFunction(
        (term) => {
          const rows = [...document.querySelectorAll('[data-testid="unit-row"]')];
          return rows.length > 0 && rows.every((row) => row.textContent?.includes(term));
        },
        searchTerm,
        { timeout: TIMEOUT },
      );
      await page.getByTestId('unit-row').first().click();
      await page.locator('.ant-drawer-open').getByText(/Residents|住户/).first().waitFor();
      await shot(page, `${name}-en-unit-drawer`);
      await page.keyboard.press('Escape');
    });

    await step('the project page in zh-CN', async () => {
      await switchLanguage(page, '简体中文');
      await page.getByRole('tab', { name: '房号' }).waitFor();
      await shot(page, `${name}-zh-CN-project-units`);
      await page.getByRole('tab', { name: '楼栋' }).click();
      await page.getByRole('columnheader', { name: '楼栋编码' }).waitFor();
      await shot(page, `${name}-zh-CN-project-buildings`);
    });

    await step('the projects table lists both projects', async () => {
      await page.goto('/projects');
      await page.getByRole('cell', { name: '阳光花园' }).waitFor();
      await page.getByRole('cell', { name: '翠湖苑' }).waitFor();
      await shot(page, `${name}-zh-CN-projects`);
    });

    await step('an unknown page is a 404', async () => {
      await page.goto('/no-such-page');
      await page.getByText('404').first().waitFor();
      await shot(page, `${name}-zh-CN-not-found`);
    });

    await step('log out', async () => {
      await chooseFromMenu(page, page.getByTestId('user-menu'), '退出登录', (timeout) => page.waitForURL(/\/login/, { timeout }));
      await page.goto('/projects');
      await page.waitForURL(/\/login/); // the session is really gone
    });

    await step('no uncaught errors in the page', async () => {
      expect(consoleErrors.length === 0, `page errors: ${consoleErrors.join('; ')}`);
    });
  } finally {
    await context.close();
  }
}

async function login(page, user) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

async function displayNameOf(user) {
  const token = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: user, password: PASSWORD }),
  }).then((response) => response.json());
  const me = await fetch(`${baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${token.accessToken}` } }).then((response) => response.json());
  return me.displayName;
}

// The service loop: the agent registers a repair and assigns tech1; tech1, on a phone, starts and
// completes it; the agent's return visit is unsatisfied (2 stars): the order is reopened as rework.
async function workOrderStory() {
  console.log('work-order story (agent 1440×900, tech1 390×844)');
  const desk = await browser.newContext({ ...VIEWPORTS[0], locale: 'zh-CN', baseURL: baseUrl });
  const phone = await browser.newContext({ ...VIEWPORTS[1], locale: 'zh-CN', baseURL: baseUrl });
  desk.setDefaultTimeout(TIMEOUT);
  phone.setDefaultTimeout(TIMEOUT);
  const agent = await desk.newPage();
  const tech = await phone.newPage();
  const consoleErrors = [];
  for (const page of [agent, tech]) page.on('pageerror', (error) => consoleErrors.push(error.message));
  const title = `e2e 厨房水管漏水 ${Date.now().toString(36)}`;
  let orderUrl = '';
  let code = '';
  try {
    const techName = await displayNameOf('tech1');

    await step('agent registers a repair for a unit found by its number', async () => {
      await login(agent, 'agent');
      await agent.goto('/work-orders');
      await agent.getByRole('button', { name: /登记工单/ }).click();
      await agent.waitForURL(/\/work-orders\/new/);
      const unit = agent.getByLabel('房号', { exact: true });
      // Each choice is checked to show in its select: a click lost on a busy machine left a field empty.
      for (let attempt = 0; ; attempt += 1) {
        await unit.fill('1201');
        await agent.locator(OPEN_OPTION).filter({ hasText: '1-1201' }).first().click();
        try {
          await agent.getByTestId('unit-picker').filter({ hasText: '1-1201' }).waitFor({ timeout: 3000 });
          break;
        } catch (error) {
          if (attempt === 2) throw error;
        }
      }
      await pickOption(agent, agent.getByTestId('category-picker'), '水暖管道');
      await agent.getByLabel('标题').fill(title);
      await agent.getByLabel('报事人姓名').fill('张先生');
      await agent.getByLabel('报事人电话').fill('13800005678');
      await shot(agent, 'wo-desktop-zh-CN-register');
      await agent.getByRole('button', { name: /保存工单/ }).click();
      await agent.waitForURL(/\/work-orders\/[0-9a-f-]{36}$/);
      orderUrl = new URL(agent.url()).pathname;
      await agent.getByTestId('status-tag').filter({ hasText: '新建' }).first().waitFor();
      code = (await agent.locator('h3 + span, .ant-typography-secondary').filter({ hasText: /^[A-Z]+-\d{8}-\d{4}$/ }).first().innerText()).trim();
      expect(/^[A-Z]+-\d{8}-\d{4}$/.test(code), `order code: ${code}`);
      await shot(agent, 'wo-desktop-zh-CN-detail-new');
    });

    await step('agent assigns it to tech1', async () => {
      await agent.getByRole('button', { name: /派\s*单/ }).click();
      await pickOption(agent, agent.getByTestId('assignee-picker'), techName);
      await agent.getByRole('button', { name: /保\s*存/ }).click();
      await agent.getByTestId('status-tag').filter({ hasText: '已派单' }).first().waitFor();
      await agent.getByText(techName).first().waitFor();
    });

    await step('the list shows the order (table on a desktop)', async () => {
      await agent.goto(`/work-orders?q=${encodeURIComponent(code)}`);
      await agent.getByTestId('work-order-row').filter({ hasText: code }).waitFor();
      await shot(agent, 'wo-desktop-zh-CN-list');
    });

    await step('tech1 on a phone starts it from My orders', async () => {
      await login(tech, 'tech1');
      await tech.goto('/work-orders/mine');
      const card = tech.getByTestId('work-order-card').filter({ hasText: code });
      await card.waitFor();
      await shot(tech, 'wo-phone-zh-CN-mine');
      await card.getByRole('button', { name: /开始处理/ }).click();
      await card.getByRole('button', { name: /完\s*成/ }).waitFor();
    });

    await step('tech1 completes it with a resolution', async () => {
      const card = tech.getByTestId('work-order-card').filter({ hasText: code });
      await card.getByRole('button', { name: /完\s*成/ }).click();
      await tech.getByLabel('处理结果').fill('更换厨房下水管接头，试水无渗漏');
      await shot(tech, 'wo-phone-zh-CN-complete');
      await tech.getByRole('button', { name: /保\s*存/ }).click();
      await card.waitFor({ state: 'detached' }); // done: no longer among my open orders
      await tech.goto(orderUrl);
      await tech.getByTestId('status-tag').filter({ hasText: '已完成' }).first().waitFor();
      await shot(tech, 'wo-phone-zh-CN-detail-completed');
    });

    await step("agent's return visit with 2 stars reopens it as rework", async () => {
      await agent.goto(orderUrl);
      await agent.getByRole('button', { name: /回\s*访/ }).click();
      const dialog = agent.getByRole('dialog');
      await dialog.locator('.ant-rate-star').nth(1).click();
      await dialog.getByTestId('reopen-hint').waitFor();
      await dialog.getByLabel('回访记录').fill('业主反映仍有渗水');
      await shot(agent, 'wo-desktop-zh-CN-return-visit');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await agent.getByTestId('status-tag').filter({ hasText: '已重开' }).first().waitFor();
      const fields = await agent.getByTestId('order-fields').innerText();
      expect(/重开次数\s*1/.test(fields), `fields: ${fields}`);
      await agent.getByTestId('timeline').getByText('业主反映仍有渗水').waitFor();
      await shot(agent, 'wo-desktop-zh-CN-detail-reopened');
      await switchLanguage(agent, 'English');
      await agent.getByText('Times reopened').waitFor();
      await shot(agent, 'wo-desktop-en-detail-reopened');
    });

    await step('no uncaught errors in the work-order pages', async () => {
      expect(consoleErrors.length === 0, `page errors: ${consoleErrors.join('; ')}`);
    });
  } finally {
    await desk.close();
    await phone.close();
  }
}

// The quality screens: the manager's statistics and daily complaint review on a desktop and a phone;
// a technician gets no complaint review. Demo data has orders in the last 30 days and open complaints
// in every age bucket.
async function qualityStory() {
  console.log('quality screens (manager 1440×900 and 390×844, tech1 390×844)');
  const desk = await browser.newContext({ ...VIEWPORTS[0], locale: 'zh-CN', baseURL: baseUrl });
  const phone = await browser.newContext({ ...VIEWPORTS[1], locale: 'zh-CN', baseURL: baseUrl });
  desk.setDefaultTimeout(TIMEOUT);
  phone.setDefaultTimeout(TIMEOUT);
  const manager = await desk.newPage();
  const mobile = await phone.newPage();
  const consoleErrors = [];
  for (const page of [manager, mobile]) page.on('pageerror', (error) => consoleErrors.push(error.message));
  const numberIn = async (page, testId) => Number((await page.getByTestId(testId).locator('.ant-statistic-content-value').innerText()).replace(/[^\d.]/g, ''));
  try {
    await step('the list tabs show how many orders each status holds', async () => {
      await login(manager, 'manager');
      await manager.goto('/work-orders');
      await manager.getByTestId('tab-open').filter({ hasText: /未完成 \d+/ }).waitFor();
      const all = Number((await manager.getByTestId('tab-all').innerText()).replace(/\D/g, ''));
      expect(all > 0, `tab "全部" shows ${all}`);
    });

    await step('statistics: the last 30 days have orders, on-time rates and a daily trend', async () => {
      await manager.goto('/work-orders/stats');
      await manager.getByTestId('kpi-total').locator('.ant-statistic-content-value').filter({ hasText: /^\d+$/ }).waitFor();
      const total = await numberIn(manager, 'kpi-total');
      const completed = await numberIn(manager, 'kpi-completed');
      expect(total > 0 && completed <= total, `total ${total}, completed ${completed}`);
      expect(/%$/.test(await manager.getByTestId('kpi-resolutionOnTime').locator('.ant-statistic-content-value').innerText()), 'no resolution on-time rate');
      await manager.locator('[role="img"][aria-label="每日趋势"] svg').waitFor();
      expect(new URL(manager.url()).searchParams.get('project'), 'the project is not in the URL');
      await shot(manager, 'quality-desktop-zh-CN-stats');
    });

    await step('statistics: 90 days are counted week by week, and the period is in the URL', async () => {
      await manager.getByTestId('stats-period').getByText('90 天').click();
      await manager.waitForURL((url) => url.searchParams.get('period') === '90d');
      await manager.locator('[role="img"][aria-label="每周趋势（周一至周日）"] svg').waitFor();
      await manager.getByTestId('assignee-stats').locator('tbody tr.ant-table-row').first().waitFor();
      await switchLanguage(manager, 'English');
      await manager.locator('[role="img"][aria-label="Week by week (Monday to Sunday)"]').waitFor();
      await shot(manager, 'quality-desktop-en-stats-90d');
      await switchLanguage(manager, '简体中文');
      await manager.getByRole('heading', { name: '统计分析' }).waitFor();
    });

    await step("statistics: a custom period, with Ant Design's date picker in Chinese", async () => {
      await manager.getByTestId('stats-period').getByText('自定义').click();
      await manager.waitForURL((url) => url.searchParams.get('period') === 'custom' && url.searchParams.has('from'));
      await manager.locator('.ant-picker-range input').first().waitFor(); // rendered after the URL changes
      const placeholders = await manager.locator('.ant-picker-range input').evaluateAll((inputs) => inputs.map((input) => input.placeholder));
      expect(placeholders.join('|') === '开始日期|结束日期', `date picker placeholders: ${placeholders.join('|')}`);
    });

    await step('complaint review: open complaints in four age buckets, the oldest overdue', async () => {
      await manager.goto('/work-orders/complaint-review');
      const oldest = manager.getByTestId('bucket-MORE_THAN_7_DAYS');
      await oldest.getByText('超过 7 天').waitFor();
      for (const age of ['DAYS_3_TO_7', 'DAYS_1_TO_3', 'LESS_THAN_1_DAY']) await manager.getByTestId(`bucket-${age}`).waitFor();
      const card = oldest.getByTestId('complaint-card').first();
      await card.waitFor();
      expect((await card.getAttribute('data-overdue')) === 'true', 'a complaint open over 7 days is not overdue');
      expect(/首问责任人/.test(await card.innerText()), 'no first-responsible person on the card');
      await shot(manager, 'quality-desktop-zh-CN-complaint-review');
    });

    await step('on a phone: statistics and the complaint review stacked', async () => {
      await login(mobile, 'manager');
      await mobile.goto('/work-orders/stats');
      await mobile.locator('[role="img"][aria-label="每日趋势"] svg').waitFor();
      await shot(mobile, 'quality-phone-zh-CN-stats');
      await mobile.goto('/work-orders/complaint-review');
      await mobile.getByRole('heading', { name: '超过 7 天' }).waitFor();
      await shot(mobile, 'quality-phone-zh-CN-complaint-review');
    });

    await step('a technician has no complaint review, and is told why at its address', async () => {
      await mobile.evaluate(() => localStorage.clear());
      await login(mobile, 'tech1');
      await mobile.getByRole('button', { name: '打开菜单' }).click();
      await mobile.getByRole('menuitem', { name: /统计分析/ }).waitFor();
      expect((await mobile.getByRole('menuitem', { name: /投诉每日盘点/ }).count()) === 0, 'the menu offers the complaint review to a technician');
      await mobile.keyboard.press('Escape');
      await mobile.goto('/work-orders/complaint-review');
      await mobile.getByText('维修人员不能查看投诉每日盘点').waitFor();
      await shot(mobile, 'quality-phone-zh-CN-complaint-review-technician');
    });

    await step('no uncaught errors in the quality screens', async () => {
      expect(consoleErrors.length === 0, `page errors: ${consoleErrors.join('; ')}`);
    });
  } finally {
    await desk.close();
    await phone.close();
  }
}

async function apiToken(user) {
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: user, password: PASSWORD }),
  });
  return (await response.json()).accessToken;
}

async function callApi(token, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** An option of the dropdown that is open (closed ones stay in the page, hidden). */
const OPEN_OPTION = '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option';

/** Opens an Ant Design select and picks an option; clicks again if the first click came while the dialog was still opening. */
// Clicks a confirm dialog's button and waits for the dialog to go; a click lost to its opening motion (seen on a busy
// machine) is tried again — while the action runs the button is loading and takes no second click. An error dialog
// after it (the action failed) fails the step with its text.
async function confirmWith(page, name) {
  const button = page.locator('.ant-modal-confirm-btns').getByRole('button', { name });
  await button.click();
  for (let attempt = 0; ; attempt += 1) {
    try {
      await button.waitFor({ state: 'detached', timeout: 8000 });
      break;
    } catch (error) {
      if (attempt === 2) throw error;
      await button.click({ timeout: 5000 }).catch(() => {});
    }
  }
  const failure = page.locator('.ant-modal-confirm-error');
  if (await failure.count()) throw new Error(`the confirmed action failed: ${await failure.first().innerText()}`);
}

// With { search: true } the text is typed into the select's search box first, so the option is found however long the
// list and wherever it is scrolled (a select opens scrolled to its current value).
async function pickOption(page, select, text, { search = false } = {}) {
  const option = page.locator(OPEN_OPTION).filter({ hasText: text }).first();
  for (let attempt = 0; ; attempt += 1) {
    await select.click();
    try {
      if (search) await select.locator('input').fill(text);
      await option.waitFor({ timeout: 3000 });
      await option.click();
      // The choice shows in the select (a click lost to the list's opening motion is tried again) …
      await select.filter({ hasText: text }).waitFor({ timeout: 3000 });
      break;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
  // … and its list is closed before the next step clicks what the list covered (on a busy machine it once stayed open).
  const list = page.locator(OPEN_OPTION).first();
  try {
    await list.waitFor({ state: 'hidden', timeout: 2000 });
  } catch {
    await select.locator('.ant-select-selector').click();
    await list.waitFor({ state: 'hidden', timeout: 5000 });
  }
}

// Key management: the custodian lends a unit key for a work order with the manager's approval and
// takes it back at the desk; a stock-take of one cabinet, scanned on a phone with one key left
// out, reports exactly that key missing. Screenshots of the ledger, desk, history, overdue board
// and stock-take, at 1440 px and 390 px, zh-CN and en.
async function keysStory() {
  console.log('keys story (custodian 1440×900 and 390×844)');
  const desk = await browser.newContext({ ...VIEWPORTS[0], locale: 'zh-CN', baseURL: baseUrl });
  const phone = await browser.newContext({ ...VIEWPORTS[1], locale: 'zh-CN', baseURL: baseUrl });
  desk.setDefaultTimeout(TIMEOUT);
  phone.setDefaultTimeout(TIMEOUT);
  const counter = await desk.newPage();
  const mobile = await phone.newPage();
  const consoleErrors = [];
  for (const page of [counter, mobile]) page.on('pageerror', (error) => consoleErrors.push(error.message));
  try {
    const custodianToken = await apiToken('custodian');
    const me = await callApi(custodianToken, 'GET', '/api/v1/me');
    const projectId = me.projects.find((project) => project.code === 'SG')?.id ?? me.projects[0].id;
    const managerName = await displayNameOf('manager');
    const techName = await displayNameOf('tech1');

    // An AVAILABLE unit key whose owner lets technicians receive it, and an open repair of its unit.
    const keys = await callApi(custodianToken, 'GET', `/api/v1/keys?projectId=${projectId}&type=UNIT&status=AVAILABLE&limit=200`);
    const key = keys.items.find((item) => item.deposit?.valid && item.deposit.allowedRoles.includes('TECHNICIAN') && item.allowedActions.includes('CHECK_OUT'));
    expect(key, 'no AVAILABLE unit key with a valid deposit for technicians in the demo data');
    const order = await callApi(await apiToken('agent'), 'POST', '/api/v1/work-orders', {
      projectId,
      unitId: key.unitId,
      type: 'REPAIR',
      category: 'PLUMBING',
      priority: 'NORMAL',
      channel: 'PHONE',
      title: `e2e 入户检修 ${Date.now().toString(36)}`,
      reporter: { name: '业主', phone: '13700000000' },
    });

    await step('custodian opens the desk; the code input has the focus', async () => {
      await login(counter, 'custodian');
      await counter.goto('/keys/desk');
      await counter.getByTestId('desk-code').waitFor();
      expect(await counter.getByTestId('desk-code').evaluate((input) => input === document.activeElement), 'the code input is not focused');
    });

    await step(`custodian checks out ${key.code} to tech1 for ${order.code}, approved by the manager`, async () => {
      await counter.keyboard.type(key.code.toLowerCase());
      await counter.keyboard.press('Enter');
      const card = counter.getByTestId('desk-key');
      await card.getByText(key.unitLabel, { exact: true }).waitFor();
      await card.getByText('委托有效').waitFor();
      // Each choice is checked to show in its select (a clean-clone run once lost the borrower's click while the staff loaded).
      await pickOption(counter, counter.getByTestId('borrower-picker'), techName);
      await counter.getByLabel('用途').fill('入户检修');
      await pickOption(counter, counter.getByTestId('work-order-picker'), order.code);
      await pickOption(counter, counter.getByTestId('approver-picker'), managerName);
      await shot(counter, 'keys-desktop-zh-CN-desk-checkout');
      await counter.getByLabel('用途').press('Enter');
      await counter.getByTestId('desk-log').getByText(key.code).waitFor();
      await counter.getByTestId('desk-key').waitFor({ state: 'detached' });
      const ready = await counter
        .waitForFunction(() => {
          const input = document.querySelector('[data-testid="desk-code"]');
          return input === document.activeElement && input.value === '';
        }, null, { timeout: 5000 })
        .then(() => true, () => false);
      expect(ready, 'the code input is not ready for the next key');
      const fresh = await callApi(custodianToken, 'GET', `/api/v1/keys/${key.id}`);
      expect(fresh.status === 'CHECKED_OUT', `status after checkout: ${fresh.status}`);
      expect(fresh.openCheckout?.workOrderId === order.id, 'the checkout is not for the work order');
      expect(fresh.openCheckout?.approvedByName === managerName, `approved by ${fresh.openCheckout?.approvedByName}`);
      await shot(counter, 'keys-desktop-zh-CN-desk-after-checkout');
    });

    await step('custodian scans it again and takes it back with Enter', async () => {
      await counter.keyboard.type(key.code);
      await counter.keyboard.press('Enter');
      await counter.getByTestId('return-submit').waitFor();
      await counter.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'return-submit');
      await shot(counter, 'keys-desktop-zh-CN-desk-return');
      await counter.keyboard.press('Enter');
      await counter.getByTestId('desk-key').waitFor({ state: 'detached' });
      const fresh = await callApi(custodianToken, 'GET', `/api/v1/keys/${key.id}`);
      expect(fresh.status === 'AVAILABLE', `status after return: ${fresh.status}`);
    });

    await step('the key history shows both, and the ledger verifies intact', async () => {
      await counter.goto(`/keys/${key.id}`);
      const history = counter.getByTestId('key-history');
      await history.getByText('借出').first().waitFor();
      await history.getByText('归还').first().waitFor();
      await counter.getByTestId('ledger-intact').waitFor();
      await shot(counter, 'keys-desktop-zh-CN-key-history');
      await switchLanguage(counter, 'English');
      await counter.getByText('Custody history').waitFor();
      await shot(counter, 'keys-desktop-en-key-history');
      await switchLanguage(counter, '简体中文');
    });

    await step('the ledger filters by cabinet and status, in the URL', async () => {
      await counter.goto(`/keys?status=AVAILABLE&cabinet=${key.cabinetId}`);
      await counter.getByTestId('key-row').first().waitFor();
      const url = new URL(counter.url());
      expect(url.searchParams.get('project') === projectId, `project in the URL: ${url.searchParams.get('project')}`);
      await shot(counter, 'keys-desktop-zh-CN-ledger');
      await counter.goto('/keys/overdue');
      await counter.getByTestId('overdue-count').waitFor();
      await shot(counter, 'keys-desktop-zh-CN-overdue');
    });

    await step('the label sheet prints the selected keys with QR codes', async () => {
      await counter.goto('/keys');
      const rows = counter.getByTestId('key-row');
      await rows.first().waitFor();
      for (const index of [0, 1, 2]) await rows.nth(index).locator('.ant-checkbox-input').check();
      await counter.getByTestId('print-selected').click();
      await counter.waitForURL(/\/keys\/labels\?codes=/);
      await counter.getByTestId('key-label').nth(2).waitFor();
      expect((await counter.getByTestId('key-label').locator('svg').count()) === 3, 'labels without a QR code');
      await shot(counter, 'keys-desktop-zh-CN-labels');
    });

    // A stock-take of the equipment-room cabinet on a phone: every expected key but one is scanned.
    const cabinets = await callApi(custodianToken, 'GET', `/api/v1/key-cabinets?projectId=${projectId}`);
    const cabinet = [...cabinets.items].sort((a, b) => a.keyCount - b.keyCount)[0];
    const open = await callApi(custodianToken, 'GET', `/api/v1/key-stocktakes?projectId=${projectId}&status=OPEN`);
    for (const earlier of open.items) await callApi(custodianToken, 'POST', `/api/v1/key-stocktakes/${earlier.id}/complete`);

    await step('custodian on a phone: ledger, overdue board and the desk menu', async () => {
      await login(mobile, 'custodian');
      await mobile.goto('/keys');
      await mobile.getByTestId('key-card').first().waitFor();
      await shot(mobile, 'keys-phone-zh-CN-ledger');
      await mobile.goto('/keys/overdue');
      await mobile.getByTestId('overdue-count').waitFor();
      await shot(mobile, 'keys-phone-zh-CN-overdue');
      await mobile.goto('/keys/desk');
      await mobile.getByTestId('desk-code').waitFor();
      await shot(mobile, 'keys-phone-zh-CN-desk');
    });

    let left = '';
    await step(`a stock-take of ${cabinet.name} with one key left out finds exactly that one missing`, async () => {
      await mobile.goto('/keys/stocktakes');
      await mobile.getByTestId('stocktake-scope').click();
      await mobile.locator(OPEN_OPTION).filter({ hasText: cabinet.name }).first().click();
      await mobile.getByTestId('stocktake-start').click();
      await mobile.waitForURL(/\/keys\/stocktakes\/[0-9a-f-]{36}$/);
      const stocktakeId = new URL(mobile.url()).pathname.split('/').pop();
      const started = await callApi(custodianToken, 'GET', `/api/v1/key-stocktakes/${stocktakeId}`);
      const expected = started.missing.map((line) => line.code);
      expect(expected.length >= 2, `expected keys: ${expected.length}`);
      left = expected[expected.length - 1];
      const input = mobile.getByTestId('stocktake-code');
      for (const code of expected.slice(0, -1)) {
        await input.fill(code);
        await input.press('Enter');
        await mobile.getByTestId('last-scan').getByText(code).waitFor();
      }
      await mobile.getByTestId('last-scan').locator('.ant-alert-success').waitFor();
      await mobile.getByTestId('tally-remaining').getByText('1', { exact: true }).waitFor();
      await shot(mobile, 'keys-phone-zh-CN-stocktake-scanning');
      await input.fill('NO-SUCH-KEY-1');
      await input.press('Enter');
      await mobile.getByTestId('last-scan').locator('.ant-alert-error').waitFor();
      await shot(mobile, 'keys-phone-zh-CN-stocktake-unknown');
      await mobile.getByTestId('stocktake-complete').click();
      await mobile.locator('.ant-popconfirm').getByRole('button', { name: /完成盘点/ }).click();
      const missing = mobile.getByTestId('report-missing');
      await missing.getByText(left).waitFor();
      const report = await callApi(custodianToken, 'GET', `/api/v1/key-stocktakes/${stocktakeId}`);
      expect(report.status === 'COMPLETED', `status ${report.status}`);
      expect(report.missing.length === 1 && report.missing[0].code === left, `missing: ${report.missing.map((line) => line.code).join(', ')}`);
      expect((await missing.locator('.ant-list-item').count()) === 1, 'the report lists more than one missing key');
      await shot(mobile, 'keys-phone-zh-CN-stocktake-report');
      await switchLanguage(mobile, 'English');
      await mobile.getByText('Missing keys').waitFor();
      await shot(mobile, 'keys-phone-en-stocktake-report');
      await switchLanguage(mobile, '简体中文');
    });

    await step('no uncaught errors in the key pages', async () => {
      expect(consoleErrors.length === 0, `page errors: ${consoleErrors.join('; ')}`);
    });
  } finally {
    await desk.close();
    await phone.close();
  }
}

// The satisfaction loop: the manager starts a campaign from the demo template, opens it and
// generates the links (QR sheet, CSV); a resident answers one link on a phone without logging in
// (a low rating brings in the "why"); the results count the answer and the opinion becomes a work order.
async function surveyStory() {
  console.log('survey story (manager 1440×900, resident 390×844, no login)');
  const desk = await browser.newContext({ ...VIEWPORTS[0], locale: 'zh-CN', baseURL: baseUrl, acceptDownloads: true });
  const phone = await browser.newContext({ ...VIEWPORTS[1], locale: 'zh-CN', baseURL: baseUrl });
  desk.setDefaultTimeout(TIMEOUT);
  phone.setDefaultTimeout(TIMEOUT);
  const manager = await desk.newPage();
  const resident = await phone.newPage();
  const consoleErrors = [];
  for (const page of [manager, resident]) page.on('pageerror', (error) => consoleErrors.push(error.message));
  const residentCalls = [];
  resident.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) residentCalls.push({ path: new URL(request.url()).pathname, authorization: request.headers().authorization });
  });
  const title = `e2e 满意度调查 ${Date.now().toString(36)}`;
  const why = `e2e 楼道灯坏了 ${Date.now().toString(36)}`;
  let campaignUrl = '';
  let link = '';
  let responsesBefore = -1;
  try {
    await step('manager creates a campaign from the demo template', async () => {
      await login(manager, 'manager');
      await manager.goto('/surveys');
      await manager.getByTestId('campaign-status-filter').waitFor();
      await manager.getByTestId('new-campaign').click();
      const dialog = manager.getByRole('dialog');
      await dialog.getByTestId('campaign-template').locator('.ant-select-selection-item').waitFor();
      // 阳光花园, the project with the demo campaigns, so that the results compare with last quarter.
      await pickOption(manager, dialog.getByTestId('campaign-project'), '阳光花园');
      await dialog.getByLabel('调查名称').fill(title);
      await shot(manager, 'survey-desktop-zh-CN-new-campaign');
      await dialog.getByRole('button', { name: /创建草稿/ }).click();
      await manager.waitForURL(/\/surveys\/campaigns\/[0-9a-f-]{36}$/);
      campaignUrl = new URL(manager.url()).pathname;
      await manager.getByTestId('campaign-status').filter({ hasText: '草稿' }).first().waitFor();
    });

    await step('manager opens it', async () => {
      await manager.getByTestId('open-campaign').click();
      await confirmWith(manager, /开始调查/);
      await manager.getByTestId('campaign-status').filter({ hasText: '进行中' }).first().waitFor();
    });

    await step('manager generates the links after a dialog (all buildings by default): a QR sheet per building and a CSV of full URLs', async () => {
      await manager.getByTestId('generate-links').click();
      const dialog = manager.getByRole('dialog');
      await dialog.getByTestId('generate-summary').waitFor();
      expect((await dialog.getByTestId('generate-building').count()) > 1, 'the dialog lists no buildings');
      await shot(manager, 'survey-desktop-zh-CN-generate-dialog');
      await dialog.getByRole('button', { name: /^生成 \d+ 个链接$/ }).click();
      const generated = manager.getByTestId('generated-links');
      await generated.waitFor();
      await shot(manager, 'survey-desktop-zh-CN-links');
      const [download] = await Promise.all([manager.waitForEvent('download'), generated.getByTestId('download-links').click()]);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.startsWith('\uFEFF'), 'the CSV has no byte-order mark');
      const urls = csv.match(/https?:\/\/[^"]+\/s\/[A-Za-z0-9_-]{20,64}/g) ?? [];
      expect(urls.length > 0, `no links in the CSV: ${csv.slice(0, 200)}`);
      link = new URL(urls[0]).pathname;
      await generated.getByTestId('print-all').click();
      await manager.getByTestId('qr-card').first().waitFor();
      const cards = await manager.getByTestId('qr-card').count();
      expect(cards === urls.length, `QR cards ${cards} ≠ links ${urls.length}`);
      await shot(manager, 'survey-desktop-zh-CN-qr-sheet');
      await manager.getByRole('button', { name: /返回调查/ }).click();
      await manager.getByTestId('generated-links').waitFor();
    });

    await step('generating again adds nothing and keeps the printed links; replacing one building warns first', async () => {
      await manager.getByTestId('generated-links').getByRole('button', { name: /完\s*成/ }).click();
      await manager.getByTestId('generated-links').waitFor({ state: 'detached' });
      await manager.getByTestId('generate-links').click();
      const dialog = manager.getByRole('dialog');
      await dialog.getByTestId('generate-summary').filter({ hasText: '将为 0 户生成新链接' }).waitFor();
      expect(await dialog.getByRole('button', { name: '生成 0 个链接' }).isDisabled(), 'generating again would make links');
      await dialog.getByTestId('replace-links').check();
      await dialog.getByTestId('replace-warning').filter({ hasText: '已打印的二维码' }).waitFor();
      await shot(manager, 'survey-desktop-zh-CN-replace-warning');
      await dialog.getByRole('button', { name: /取\s*消/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      // The link printed first still opens its questionnaire (checked by the resident below).
    });

    await step('the results start from the responses so far', async () => {
      await manager.goto(`${campaignUrl}/results`);
      const responses = manager.getByTestId('kpi-responses');
      await responses.waitFor();
      responsesBefore = Number((await responses.locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));
      expect(responsesBefore === 0, `a new campaign has ${responsesBefore} responses`);
    });

    await step('a resident answers on a phone through the link, without logging in', async () => {
      await resident.goto(link);
      await resident.getByTestId('submit-survey').waitFor();
      await shot(resident, 'survey-phone-zh-CN-answer');
      const groups = resident.locator('[data-testid="survey-question"] [role="radiogroup"]');
      const count = await groups.count();
      // Everything good (4 of 5, 9 of 10)...
      for (let index = 0; index < count; index += 1) {
        const options = groups.nth(index).getByRole('radio');
        await options.nth((await options.count()) - 2).click();
      }
      // ...then one rating low, until a "why" comes in.
      const questions = resident.getByTestId('survey-question');
      const before = await questions.count();
      for (let index = 0; index < count && (await questions.count()) === before; index += 1) {
        const options = groups.nth(index).getByRole('radio');
        if ((await options.count()) === 5) await options.nth(1).click();
      }
      expect((await questions.count()) === before + 1, 'no question appeared after a low rating');
      const reason = resident.locator('[data-testid="survey-question"] textarea').first();
      await reason.fill(why);
      await shot(resident, 'survey-phone-zh-CN-why');
      await resident.getByTestId('submit-survey').click();
      await resident.locator('[data-testid="link-state"][data-state="thanks"]').waitFor();
      await shot(resident, 'survey-phone-zh-CN-thanks');
      expect(residentCalls.length === 2, `the resident's page made ${residentCalls.length} API calls: ${residentCalls.map((call) => call.path).join(', ')}`);
      expect(residentCalls.every((call) => !call.authorization), 'the resident page sent an Authorization header');
    });

    await step('the link answers once: opened again it says so, in English too', async () => {
      await resident.reload();
      await resident.locator('[data-testid="link-state"][data-state="answered"]').waitFor();
      await switchLanguage(resident, 'English');
      await resident.getByText('Already answered').waitFor();
      await shot(resident, 'survey-phone-en-already-answered');
    });

    await step('the results page counts the answer', async () => {
      await manager.goto(`${campaignUrl}/results`);
      const responses = manager.getByTestId('kpi-responses');
      await responses.waitFor();
      const after = Number((await responses.locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));
      expect(after === responsesBefore + 1, `responses ${responsesBefore} → ${after}`);
      await manager.getByTestId('heatmap').waitFor();
      await shot(manager, 'survey-desktop-zh-CN-results');
    });

    await step('the "why" is in the opinion library and becomes a work order', async () => {
      await manager.goto(`${campaignUrl}/comments`);
      const card = manager.getByTestId('comment-card').filter({ hasText: why });
      await card.waitFor();
      await card.getByTestId('create-work-order').click();
      const dialog = manager.getByRole('dialog');
      const order = card.getByTestId('comment-work-order');
      const confirm = dialog.getByRole('button', { name: /生\s*成/ });
      await confirm.click();
      // A dialog still open after the click lost it (it came while the dialog was opening; a clean-clone run lost it once):
      // click again. While the order is being made the button is loading and takes no second click.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        try {
          await dialog.waitFor({ state: 'hidden', timeout: 8000 });
          break;
        } catch {
          await confirm.click();
        }
      }
      await order.waitFor();
      const code = (await order.getByRole('link').innerText()).trim();
      expect(/^[A-Z]+-\d{8}-\d{4}$/.test(code), `work order code: ${code}`);
      await shot(manager, 'survey-desktop-zh-CN-opinions');
      await order.getByRole('link').click();
      await manager.waitForURL(/\/work-orders\/[0-9a-f-]{36}$/);
      await manager.getByText(code).first().waitFor();
    });

    await step('no uncaught errors in the survey pages', async () => {
      expect(consoleErrors.length === 0, `page errors: ${consoleErrors.join('; ')}`);
    });
  } finally {
    await desk.close();
    await phone.close();
  }
}

let crashed = false;
const only = process.env.STEWARD_E2E_ONLY_ADMIN === '1' ? 'admin' : process.env.STEWARD_E2E_ONLY_INTEGRATIONS === '1' ? 'integrations' : process.env.STEWARD_E2E_ONLY_REPORTS === '1' ? 'reports' : process.env.STEWARD_E2E_ONLY_EXPORTS === '1' ? 'exports' : process.env.STEWARD_E2E_ONLY_QUALITY === '1' ? 'quality' : process.env.STEWARD_E2E_ONLY_INSPECTIONS === '1' ? 'inspections' : process.env.STEWARD_E2E_ONLY_EVIDENCE === '1' ? 'evidence' : process.env.STEWARD_E2E_ONLY_WORK_ORDERS === '1' ? 'work-orders' : process.env.STEWARD_E2E_ONLY_KEYS === '1' ? 'keys' : process.env.STEWARD_E2E_ONLY_SURVEYS === '1' ? 'surveys' : undefined;
for (const viewport of only ? [] : VIEWPORTS) {
  try {
    await story(viewport);
  } catch {
    crashed = true;
  }
}
for (const [name, run] of [
  ['work-orders', workOrderStory],
  ['work-orders', qualityStory],
  ['keys', keysStory],
  ['surveys', surveyStory],
  ['work-orders', () => deskStory({ browser, baseUrl, viewports: VIEWPORTS, timeout: TIMEOUT, step, expect, shot, login, switchLanguage, apiToken, callApi, pickOption })],
  ['admin', () => adminStory({ browser, baseUrl, step, expect, shot, timeout: TIMEOUT })],
  ['evidence', () => evidenceStory({ browser, baseUrl, step, expect, shot, timeout: TIMEOUT, login, switchLanguage, apiToken, callApi })],
  ['quality', () => qualityPictureStory({ browser, baseUrl, step, expect, shot, timeout: TIMEOUT, login, switchLanguage, apiToken, callApi })],
  ['exports', () => exportsStory({ browser, baseUrl, step, expect, shot, timeout: TIMEOUT, login, switchLanguage, apiToken, callApi })],
  ['reports', () => qualityReportsStory({ browser, baseUrl, artifacts, step, expect, shot, timeout: TIMEOUT, login, switchLanguage, apiToken, callApi })],
  ['inspections', () => inspectionStory({ browser, baseUrl, artifacts, step, expect, shot, timeout: TIMEOUT, login, switchLanguage, apiToken, callApi, pickOption })],
  ['integrations', () => integrationsStory({ browser, baseUrl, step, expect, shot, timeout: TIMEOUT, login, switchLanguage, apiToken, callApi, pickOption, confirmWith })],
]) {
  if (only && only !== name) continue;
  try {
    await run();
  } catch {
    crashed = true;
  }
}
await browser.close();
console.log(`\nscreenshots: ${artifacts}`);
if (failures.length) console.log(`failed:\n${failures.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(crashed || failed > 0 ? 1 : 0);
