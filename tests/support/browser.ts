import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { startSeededServer, type startTestServer } from './http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

// Debian's chromium, never a downloaded browser; `.ci/run` installs it.
export const CHROMIUM = process.env.HELIX_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), as .ci/run does`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface AppInBrowser {
  db: GraphDb;
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page, which a test expects to stay empty. */
  errors: string[];
  close(): Promise<void>;
}

/** The app on the seeds with a desktop-sized page open in Chromium (downloads on, page errors collected). */
export async function seededAppInBrowser(options: { timeoutMs?: number; lang?: 'nl' } = {}): Promise<AppInBrowser> {
  const { db, server } = await startSeededServer();
  const close = async () => {
    await server.close();
    await db.close();
  };
  return appInBrowser({ db, server, close }, options);
}

/** The same over an app a test has started itself (on other data); closing the one closes the other. */
export async function appInBrowser(
  app: { db: GraphDb; server: TestServer; close(): Promise<void> },
  options: { timeoutMs?: number; lang?: 'nl' } = {},
): Promise<AppInBrowser> {
  const { db, server } = app;
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, ...(options.lang === 'nl' ? { locale: 'nl-BE' } : {}) });
  page.setDefaultTimeout(options.timeoutMs ?? 15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.lang) {
    const lang = options.lang;
    await page.addInitScript((l) => localStorage.setItem('helix.lang', l), lang);
  }
  return {
    db,
    server,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * Fires a Cytoscape event (tap, dbltap) on the element with this id, as a click would. Returns
 * nothing on purpose: handing the element back would make Playwright serialise the whole graph.
 */
export async function emitOn(page: Page, id: string, event: 'tap' | 'dbltap'): Promise<void> {
  await page.evaluate(
    ([i, e]) => {
      (window as unknown as { cy: { getElementById: (x: string) => { emit: (ev: string) => void } } }).cy.getElementById(i!).emit(e!);
    },
    [id, event],
  );
}
