// Choosing from an antd dropdown menu on a busy machine: the menu can still be moving when the item is clicked, and
// the click is then lost. The item gets a click event (not a pointer click that waits for the motion to end), and
// when `done` does not come within 5 s the menu is closed and the choice made again.

/**
 * Opens the menu of `trigger` (a locator), chooses the item named `itemName` and waits for `done(timeout)`.
 */
export async function chooseFromMenu(page, trigger, itemName, done, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    await trigger.click();
    const item = page.getByRole('menuitem', { name: itemName });
    await item.waitFor();
    await item.dispatchEvent('click');
    try {
      await done(5_000);
      return;
    } catch (error) {
      if (attempt === attempts) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
