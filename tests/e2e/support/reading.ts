import type { Page } from 'playwright-core';

/** Scrolls so that the reading line (a third down the viewport) is `fraction` of the way into `selector`. */
export async function readAt(page: Page, selector: string, fraction: number) {
  await page.locator(selector).evaluate((element, into) => {
    const box = element.getBoundingClientRect();
    window.scrollTo(0, box.top + window.scrollY + into * box.height - window.innerHeight / 3);
  }, fraction);
}

/**
 * Clicks a link where it is on screen, as a reader does. (Playwright's own click first scrolls
 * the element "into view", which for the sticky header means scrolling the page away.)
 */
export async function clickInPlace(page: Page, name: string) {
  const box = await page.getByRole('link', { name, exact: true }).boundingBox();
  if (!box) throw new Error(`no link "${name}" on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Waits for the page to put the reader back in place (the script does so a frame after load). */
export async function settled(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
