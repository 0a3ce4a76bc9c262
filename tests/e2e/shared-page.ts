// `test` for specs that only read pages: each worker keeps one browser context and page per set of
// context options (in practice, per browser language) and lends it to every test that asks for
// `page`, instead of a new context and page per test. A new context and page cost about 0.6 s of
// processor time (a renderer process started, its fonts and styles loaded), several times what
// loading a page in an existing one costs (about 0.14 s; measured on a quiet 2-core machine).
//
// Before each test the page is made what a new one is: an empty document of the site, at the test's window size, in its
// colour scheme with no other media emulated, with no cookies, storage or cached responses of the
// site, no routes, offline mode, extra headers or permissions but its own. What cannot be taken
// back fails the test by name instead of leaking: a page listener left after the test, an init
// script or an exposed function; such a test uses the default `test` from @playwright/test.
import {
  test as base,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  type Page,
} from '@playwright/test';

type Lent = { context: BrowserContext; page: Page; session: CDPSession };

/** Page events a test could listen to; the shared page must have none of them left after a test. */
const PAGE_EVENTS = [
  'console',
  'pageerror',
  'request',
  'requestfailed',
  'requestfinished',
  'response',
  'dialog',
  'download',
  'popup',
  'frameattached',
  'framenavigated',
  'load',
  'domcontentloaded',
  'websocket',
  'worker',
  'filechooser',
] as const;

export const test = base.extend<object, { sharedPages: Map<string, Promise<Lent>> }>({
  sharedPages: [
    async ({}, use) => {
      const pool = new Map<string, Promise<Lent>>();
      await use(pool);
      for (const lent of pool.values()) await (await lent).context.close();
    },
    { scope: 'worker' },
  ],

  context: async (
    {
      browser,
      sharedPages,
      locale,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      colorScheme,
      javaScriptEnabled,
      permissions,
      baseURL,
      contextOptions,
      viewport,
    },
    use,
  ) => {
    // Only the options given (undefined ones left out), as Playwright's own context fixture passes them.
    const given = {
      locale,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      colorScheme,
      javaScriptEnabled,
      permissions,
      baseURL,
      viewport,
    };
    const options = {
      ...contextOptions,
      ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
    } as BrowserContextOptions;
    // The window size is set again before each test; every other option makes a context of its own.
    const key = JSON.stringify({ ...options, viewport: undefined });
    let lent = sharedPages.get(key);
    const usable = lent && !(await lent).page.isClosed();
    if (!lent || !usable) {
      lent = (async () => {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        // What a page cannot take back: a test that needs it uses a page of its own.
        for (const target of [page, context] as unknown as Record<string, unknown>[])
          for (const method of ['addInitScript', 'exposeFunction', 'exposeBinding'])
            target[method] = async () => {
              throw new Error(
                `${method} cannot be undone on a shared page; use test from @playwright/test for this test`,
              );
            };
        return { context, page, session: await context.newCDPSession(page) };
      })();
      sharedPages.set(key, lent);
    }
    const { context, page, session } = await lent;
    // What an earlier test may have changed and the page can take back.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.setOffline(false);
    await context.setExtraHTTPHeaders({});
    await context.clearPermissions();
    if (permissions?.length) await context.grantPermissions(permissions);
    // A document of the site itself, not about:blank: leaving the site's renderer process for a blank
    // page and coming back starts a new process each time, most of what a new page costs.
    if (baseURL) await page.goto(new URL('/robots.txt', baseURL).href);
    else await page.goto('about:blank');
    await context.clearCookies();
    if (baseURL)
      await session.send('Storage.clearDataForOrigin', { origin: new URL(baseURL).origin, storageTypes: 'all' });
    await session.send('Network.clearBrowserCache');
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({
      media: null,
      colorScheme: colorScheme ?? 'light',
      reducedMotion: null,
      forcedColors: null,
    });
    await use(context);
  },

  page: async ({ context, sharedPages }, use, testInfo) => {
    const page = context.pages()[0]!;
    await use(page);
    const left = PAGE_EVENTS.filter((event) => (page as unknown as NodeJS.EventEmitter).listenerCount(event) > 0);
    if (left.length > 0) {
      // Not lent again: the next test gets a new page.
      for (const [key, lent] of sharedPages) if ((await lent).page === page) sharedPages.delete(key);
      await context.close();
      throw new Error(
        `${testInfo.title}: the test left page listeners (${left.join(', ')}) on a shared page; use test from @playwright/test for it`,
      );
    }
  },
});

export { expect } from '@playwright/test';
