import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addToCart,
  type CommerceSuite,
  orderOf,
  product,
  startCheckout,
  startCommerceSuite,
  stockOf,
} from './commerce-helpers';
import { createUser } from './helpers';

/** Debian's chromium; .ci/run installs it, so CI always runs these. A machine without it says so and skips. */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) console.warn('browser tests skipped: no chromium (apt-get install chromium)');

describe.skipIf(!CHROMIUM)('pages in a real browser', () => {
  let suite: CommerceSuite;
  let browser: Browser;

  beforeAll(async () => {
    suite = await startCommerceSuite();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await suite?.close();
  });

  it('the docs page renders the API reference from the served OpenAPI document, offline', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(suite.server.url)) external.push(r.url());
    });
    await page.goto(`${suite.server.url}/docs`);
    await page.getByText('Mercato API').first().waitFor({ timeout: 20_000 });
    await page.locator('.opblock-tag', { hasText: 'checkout' }).first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(20);
    expect(external).toEqual([]);
    await page.close();
  });

  it('the payment simulator shows the order, and its Pay button pays it and returns to the shop', async () => {
    const { server } = suite;
    const buyer = await createUser(server, 'customer');
    const lamp = await product(suite, { priceCents: 3450, stock: 3 });
    await addToCart(server, buyer, lamp.id, 2);
    const session = await startCheckout(server, buyer, {
      successUrl: `${server.url}/healthz?paid={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${server.url}/healthz?cancelled=1`,
    });
    expect(session.status, session.text).toBe(200);

    const page = await browser.newPage();
    await page.goto(session.body.url);
    expect(await page.locator('#total').textContent()).toBe('$69.00');
    expect(await page.getByText(lamp.name).count()).toBe(1);
    await Promise.all([page.waitForURL(/\/healthz\?paid=/), page.locator('#pay').click()]);
    expect(page.url()).toBe(`${server.url}/healthz?paid=${session.body.sessionId}`);

    expect((await orderOf(server, buyer, session.body.orderId)).status).toBe('paid');
    expect(await stockOf(server, lamp.id)).toBe(1);
    // Back on the page, the session is complete and offers no buttons.
    await page.goto(session.body.url);
    expect(await page.getByRole('status').textContent()).toContain('complete');
    expect(await page.locator('#pay').count()).toBe(0);
    await page.close();
  });

  it('the Cancel button gives the stock back and returns to the cart', async () => {
    const { server } = suite;
    const buyer = await createUser(server, 'customer');
    const lamp = await product(suite, { stock: 2 });
    await addToCart(server, buyer, lamp.id, 2);
    const session = await startCheckout(server, buyer, {
      successUrl: `${server.url}/healthz?paid=1`,
      cancelUrl: `${server.url}/healthz?cancelled=1`,
    });
    expect(await stockOf(server, lamp.id)).toBe(0);
    const page = await browser.newPage();
    await page.goto(session.body.url);
    await Promise.all([page.waitForURL(/cancelled=1/), page.locator('#cancel').click()]);
    expect(await stockOf(server, lamp.id)).toBe(2);
    expect((await orderOf(server, buyer, session.body.orderId)).status).toBe('expired');
    await page.close();
  });
});
