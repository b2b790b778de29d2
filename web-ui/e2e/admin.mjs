// The administrator's story (issue 9): admin creates a user with a membership in JL, the new user logs in (changes
// their password from the user menu) and sees only JL. Screenshots of every admin screen in zh-CN and en at 1440 and
// 390 px. Called from run.mjs with its helpers.
import { chooseFromMenu } from './menus.mjs';

const ADMIN = { username: 'admin', password: 'steward-demo' };

async function login(page, username, password) {
  await page.goto('/login');
  await page.locator('#login_username, input[autocomplete="username"]').first().fill(username);
  await page.locator('input[type="password"]').first().fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === '/');
}

export async function adminStory({ browser, baseUrl, step, expect, shot, timeout }) {
  console.log('admin (1440×900 and 390×844)');
  const suffix = Date.now().toString(36);
  const username = `e2e.jl.${suffix}`;
  let password = '';
  const desk = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', baseURL: baseUrl });
  desk.setDefaultTimeout(timeout);
  const admin = await desk.newPage();
  const errors = [];
  admin.on('pageerror', (error) => errors.push(error.message));
  const phoneContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    baseURL: baseUrl,
  });
  phoneContext.setDefaultTimeout(timeout);
  const phone = await phoneContext.newPage();
  try {
    await step('admin sees 系统管理 and the users screen', async () => {
      await login(admin, ADMIN.username, ADMIN.password);
      await admin.getByRole('menuitem', { name: /系统管理/ }).waitFor();
      await admin.goto('/admin/users');
      await admin.getByTestId('new-user').waitFor();
      await admin.locator('tbody tr').filter({ hasText: 'manager' }).first().waitFor();
      await shot(admin, 'admin-desktop-zh-CN-users');
    });

    await step('the system account is not listed; an error keeps its distance from the next label', async () => {
      await admin.getByPlaceholder('姓名或用户名').fill('system');
      await admin.getByPlaceholder('姓名或用户名').press('Enter');
      await admin.locator('.ant-table-placeholder').waitFor();
      expect((await admin.locator('tbody tr.ant-table-row').count()) === 0, 'the system account is listed');
      await admin.getByPlaceholder('姓名或用户名').fill('');
      await admin.getByPlaceholder('姓名或用户名').press('Enter');
      await admin.locator('tbody tr').filter({ hasText: 'manager' }).first().waitFor();

      await admin.getByTestId('new-user').click();
      const dialog = admin.getByRole('dialog');
      await dialog.getByTestId('user-password').fill('');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.locator('.ant-form-item-explain-error').first().waitFor();
      await admin.waitForTimeout(400); // the message's entrance
      const gaps = await admin.evaluate(() =>
        [...document.querySelectorAll('.ant-modal .ant-form-item-explain-error')].flatMap((error) => {
          const next = error.closest('.ant-form-item')?.nextElementSibling?.querySelector('.ant-form-item-label');
          return next ? [Math.round(next.getBoundingClientRect().top - error.getBoundingClientRect().bottom)] : [];
        }),
      );
      expect(gaps.length > 0 && gaps.every((gap) => gap >= 6), `gaps between an error and the next label: ${gaps.join(', ')} px`);
      await shot(admin, 'admin-desktop-zh-CN-user-form-errors');
      await admin.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });

    await step('admin creates a user with a membership in JL; the password is shown once', async () => {
      await admin.getByTestId('new-user').click();
      const dialog = admin.getByRole('dialog');
      await dialog.getByLabel('用户名').fill(username);
      await dialog.getByLabel('姓名').fill('测试客服');
      // Multiple choice, typed and chosen with the keyboard (in CI a moving list once kept the option "not stable" to a
      // click for 30 s); the pick is checked to show in the select, and tried again if it does not.
      const picker = dialog.getByTestId('user-projects');
      for (let attempt = 0; ; attempt += 1) {
        if (await picker.filter({ hasText: 'JL' }).count()) break; // chosen (Enter again would take it out)
        try {
          await picker.click({ timeout: 5000 });
          await picker.locator('input').fill('JL');
          await admin.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: 'JL' })
            .first().waitFor({ timeout: 5000 });
          await admin.keyboard.press('Enter');
          await picker.filter({ hasText: 'JL' }).waitFor({ timeout: 3000 });
          break;
        } catch (error) {
          if (attempt === 2) throw error;
        }
      }
      await admin.keyboard.press('Escape');
      password = await dialog.getByTestId('user-password').inputValue();
      expect(password.length >= 12, `generated password: ${password}`);
      await shot(admin, 'admin-desktop-zh-CN-user-form');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      const shown = admin.getByTestId('shown-password');
      await shown.waitFor();
      expect((await shown.innerText()).includes(password), 'the password shown is the one set');
      await admin.getByPlaceholder('姓名或用户名').fill(username);
      await admin.getByPlaceholder('姓名或用户名').press('Enter');
      await admin.locator('tr').filter({ hasText: username }).filter({ hasText: 'JL' }).waitFor();
      await shot(admin, 'admin-desktop-zh-CN-user-created');
    });

    await step('the new user logs in, changes their password and sees only JL', async () => {
      await login(phone, username, password);
      const dialog = phone.getByRole('dialog');
      await chooseFromMenu(phone, phone.getByTestId('user-menu'), /修改密码/, (timeout) =>
        dialog.getByLabel('当前密码').waitFor({ timeout }));
      await dialog.getByLabel('当前密码').fill(password);
      await dialog.getByLabel('新密码', { exact: true }).fill(`Jl-${suffix}-new`);
      await dialog.getByLabel('再次输入新密码').fill(`Jl-${suffix}-new`);
      await shot(phone, 'admin-phone-zh-CN-change-password');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await phone.getByTestId('password-changed').waitFor();
      await dialog.getByRole('button', { name: /关\s*闭/ }).click();
      const cards = await phone.getByTestId('project-card').allInnerTexts();
      expect(cards.length === 1 && cards[0].includes('JL'), `project cards: ${cards.join(' | ')}`);
      await phone.goto('/projects');
      await phone.locator('tbody tr.ant-table-row').first().waitFor();
      const rows = await phone.locator('tbody tr.ant-table-row').allInnerTexts();
      expect(rows.length === 1 && rows[0].includes('翠湖苑'), `projects: ${rows.join(' | ')}`);
      expect((await phone.getByRole('menuitem', { name: /系统管理/ }).count()) === 0, 'a non-admin sees no 系统管理');
      await shot(phone, 'admin-phone-zh-CN-new-user-projects');
    });

    await step('admin screens: projects, buildings & units, residents with history', async () => {
      await admin.goto('/admin/projects');
      await admin.getByTestId('new-project').click();
      await admin.getByRole('dialog').getByTestId('project-timezone').waitFor();
      await shot(admin, 'admin-desktop-zh-CN-project-form');
      await admin.keyboard.press('Escape');
      await admin.locator('tr').filter({ hasText: '翠湖苑' }).getByRole('link').click();
      await admin.getByTestId('edit-project').waitFor();
      await admin.locator('tbody tr.ant-table-row').first().click();
      await admin.getByTestId('add-resident').waitFor();
      await admin.getByTestId('residents-status').getByText('历史').click();
      await shot(admin, 'admin-desktop-zh-CN-residents');
      const moveOut = admin.getByRole('button', { name: '搬离' }).first();
      if ((await moveOut.count()) > 0) {
        await moveOut.click();
        await admin.getByRole('dialog').getByText('不会被删除').waitFor();
        await shot(admin, 'admin-desktop-zh-CN-move-out');
        await admin.getByRole('dialog').getByRole('button', { name: /登记搬离/ }).click();
        await admin.locator('.ant-tag').filter({ hasText: '已搬离' }).first().waitFor();
      }
    });

    await step('the admin screens in English and on a phone', async () => {
      await admin.evaluate(() => localStorage.setItem('steward.language', 'en'));
      for (const [path, name] of [
        ['/admin/users', 'users'],
        ['/admin/projects', 'projects'],
      ]) {
        await admin.goto(path);
        await admin.waitForLoadState('networkidle');
        await shot(admin, `admin-desktop-en-${name}`);
      }
      await phone.evaluate(() => localStorage.clear()); // log the new user out
      await login(phone, ADMIN.username, ADMIN.password);
      for (const [path, name] of [
        ['/admin/users', 'users'],
        ['/admin/projects', 'projects'],
      ]) {
        await phone.goto(path);
        await phone.waitForLoadState('networkidle');
        await shot(phone, `admin-phone-zh-CN-${name}`);
      }
    });

    await step('no uncaught errors in the admin pages', async () => {
      expect(errors.length === 0, `page errors: ${errors.join('; ')}`);
    });
  } finally {
    await desk.close();
    await phoneContext.close();
  }
}
