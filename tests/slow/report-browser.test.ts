/**
 * The review page in a real browser: headless Chromium (Debian's `chromium` package, or CHROMIUM_PATH) driven by
 * playwright-core. Skipped with a printed reason when no Chromium is installed, unless FACT_CLAIMS_REQUIRE_BROWSER
 * is set (CI sets it once it has installed Chromium), so a missing browser cannot pass silently there.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { renderReport, type ReportInput } from '../../src/report/index.js';
import { claimOn, fixtureDocuments, root } from '../report-helpers.js';

function findChromium(): string | null {
  const named = process.env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? named : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    const found = dirs.map((d) => join(d, name)).find((p) => existsSync(p));
    if (found) return found;
  }
  return null;
}

const executablePath = findChromium();
const required = !!process.env.FACT_CLAIMS_REQUIRE_BROWSER;
if (!executablePath) {
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` : 'no chromium on PATH';
  console.warn(`report browser test skipped: ${where} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}
// Pages and the screenshot go to a temp folder, removed after the run (UPDATE_DOCS copies the screenshot to docs/).
let out = '';

it.runIf(required)('has a Chromium to test the review page in (FACT_CLAIMS_REQUIRE_BROWSER is set)', () => {
  expect(executablePath, 'no chromium on PATH').not.toBeNull();
});

describe.skipIf(!executablePath)('review page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'fact-claims-browser-'));
    browser = await chromium.launch({ executablePath: executablePath!, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (r) => !/^(file|data|about):/.test(r.url()) && requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  async function open(docs: ReportInput[], name: string): Promise<void> {
    const file = join(out, name);
    writeFileSync(file, renderReport(docs));
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
  }
  const visibleMarks = () => page.locator('mark.fc:not(.cont):not(.off)').count();

  it('shows the fixtures with one highlight per claim, filters them and shows a claim\'s fields on hover', async () => {
    const docs = fixtureDocuments();
    const total = docs.reduce((n, d) => n + d.claims.length, 0);
    await open(docs, 'fixtures-report.html');
    expect(await page.locator('mark.fc:not(.cont)').count()).toBe(total);
    for (const [i, d] of docs.entries()) {
      expect(await page.locator(`#doc-${i} mark.fc:not(.cont)`).count()).toBe(d.claims.length);
      expect(await page.locator(`#doc-${i} .text`).textContent()).toBe(d.text);
      expect(await page.locator(`#doc-${i} g.fig`).count()).toBeGreaterThan(0);
    }

    // Filters: without "killed", its claims lose their highlight and the count says so.
    const killed = docs.flatMap((d) => d.claims).filter((c) => c.category === 'killed').length;
    expect(killed).toBeGreaterThan(10);
    await page.locator('fieldset[data-dim="c"] input[value="killed"]').click();
    expect(await visibleMarks()).toBe(total - killed);
    expect(await page.locator('#fc-shown').textContent()).toBe(`${total - killed} of ${total} claims shown`);
    expect(await page.locator('g.fig.off').count()).toBeGreaterThan(0);
    await page.locator('fieldset[data-dim="s"] button[data-set="none"]').click();
    expect(await visibleMarks()).toBe(0);
    await page.locator('fieldset[data-dim="s"] button[data-set="all"]').click();
    await page.locator('fieldset[data-dim="c"] input[value="killed"]').click();
    expect(await visibleMarks()).toBe(total);

    // The card: the first claim of the news fixture, its fields in words.
    const first = docs[0].claims[0];
    expect(first).toMatchObject({ category: 'killed', quantity: { value: 180 } });
    await page.locator('mark[data-c="0"]').hover();
    const tip = page.locator('#fc-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const card = await tip.innerText();
    for (const words of ['killed · 180', 'Azerbaijan · from “Azerbaijani”', 'Azerbaijani Press Agency (outlet) · via Health Ministry', '2023-09-27 · reported', 'asserted']) {
      expect(card).toContain(words);
    }
    // A click pins it; Escape lets it go.
    await page.locator('mark[data-c="0"]').click();
    await page.mouse.move(5, 990);
    expect(await tip.isVisible()).toBe(true);
    await page.screenshot({ path: join(out, 'report.png') });
    if (process.env.UPDATE_DOCS) copyFileSync(join(out, 'report.png'), join(root, 'docs', 'report.png'));
    expect(statSync(join(out, 'report.png')).size).toBeGreaterThan(50_000);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // Keyboard focus shows the card too.
    await page.locator('mark[data-c="1"]').focus();
    expect(await tip.locator('.head').textContent()).toBe(`killed · ${docs[0].claims[1].quantity.value}`);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows markup in a text as text and runs none of it', async () => {
    const text = 'Officials said <script>alert(1)</script> 12 miners were missing & <img src=x onerror=alert(2)> 3 rescuers were hurt.';
    const claims = [claimOn(text, '12 miners', { category: 'missing', claimant: { name: '<b>Mine board</b>', text: 'Officials', via: [] } })];
    await open([{ id: '<i>peru</i>', text, claims }], 'hostile-report.html');
    expect(await page.locator('.text').textContent()).toBe(text);
    expect(await page.locator('main img, main b, main i, main script').count()).toBe(0);
    await page.locator('mark[data-c="0"]').hover();
    expect(await page.locator('#fc-tip').innerText()).toContain('<b>Mine board</b>');
    expect(await page.locator('h2').textContent()).toBe('<i>peru</i>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows crossing claims with every character and a card for each enclosing claim', async () => {
    const text = 'Rescuers found 14 fishermen and 6 divers alive off Mindanao.';
    const claims = [
      claimOn(text, '14 fishermen and 6 divers', { category: 'missing' }),
      claimOn(text, '6 divers alive off', { category: 'captured' }),
      claimOn(text, '14 fishermen'),
    ];
    await open([{ id: 'sea', text, claims }], 'overlap-report.html');
    expect(await page.locator('.text').textContent()).toBe(text);
    expect(await page.locator('mark.fc:not(.cont)').count()).toBe(3);
    await page.locator('mark[data-c="2"]').hover();
    expect(await page.locator('#fc-tip .card').allInnerTexts()).toEqual([
      expect.stringContaining('killed · 14'),
      expect.stringContaining('missing · 14'),
    ]);
  });

  it('renders a 1 MB document in under 2 s', async () => {
    const fixtures = fixtureDocuments();
    let text = fixtures[0].text;
    for (let i = 1; text.length < 1_000_000; i++) text += `\n\n${fixtures[i % 2].text}`;
    const claims = extractClaims(text, { referenceDate: '2023-09-28' });
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(claims.length).toBeGreaterThan(10_000);
    await open([{ id: 'one-megabyte.txt', text, claims }], 'large-report.html');
    // From navigation start to the second frame after the page's script ran: parsed, styled, laid out, painted.
    const ms = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))));
    console.log(`1 MB report (${claims.length} claims): ready at ${Math.round(Number(await page.evaluate(() => document.documentElement.dataset.ready)))} ms, painted by ${Math.round(ms)} ms`);
    expect(await page.locator('mark.fc:not(.cont)').count()).toBe(claims.length);
    expect(ms).toBeLessThan(2000);
  });
});
