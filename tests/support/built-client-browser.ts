import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveBuiltClient } from './static-client.ts';

/** For a describe block: the built client without the API server, and a browser, opened before its tests and closed after. */
export function builtClientInBrowser(): { client: Awaited<ReturnType<typeof serveBuiltClient>>; browser: Browser } {
  const open = {} as { client: Awaited<ReturnType<typeof serveBuiltClient>>; browser: Browser };
  beforeAll(async () => {
    open.client = await serveBuiltClient();
    open.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await open.browser?.close();
    await open.client?.close();
  });
  return open;
}
