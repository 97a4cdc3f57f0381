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

export interface PageOptions {
  /** The window; 1440 × 900 unless given. */
  viewport?: { width: number; height: number };
  /** Playwright's wait for any one step; 15 s unless given. */
  timeoutMs?: number;
  lang?: 'nl';
  /** Lets a test inject a script (axe-core) that the app's CSP refuses. */
  bypassCSP?: boolean;
}

export interface PageInBrowser {
  page: Page;
  /** Uncaught errors of the page, which a test expects to stay empty. */
  errors: string[];
}

export interface AppInBrowser extends PageInBrowser {
  db: GraphDb;
  server: TestServer;
  browser: Browser;
  /** Another page like `page` but for `options`, in a context of its own (fresh storage). */
  newPage(options?: PageOptions): Promise<PageInBrowser>;
  close(): Promise<void>;
}

/** A page in a context of its own: downloads on, page errors collected. */
async function openPage(browser: Browser, options: PageOptions): Promise<PageInBrowser> {
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    acceptDownloads: true,
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
    ...(options.lang === 'nl' ? { locale: 'nl-BE' } : {}),
  });
  page.setDefaultTimeout(options.timeoutMs ?? 15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.lang) {
    const lang = options.lang;
    await page.addInitScript((l) => localStorage.setItem('helix.lang', l), lang);
  }
  return { page, errors };
}

/** The app on the seeds with a page open in Chromium. */
export async function seededAppInBrowser(options: PageOptions = {}): Promise<AppInBrowser> {
  const { db, server } = await startSeededServer();
  const close = async () => {
    await server.close();
    await db.close();
  };
  return appInBrowser({ db, server, close }, options);
}

/** The same over an app a test has started itself (on other data); closing the one closes the other. */
export async function appInBrowser(app: { db: GraphDb; server: TestServer; close(): Promise<void> }, options: PageOptions = {}): Promise<AppInBrowser> {
  const browser = await launchBrowser();
  return {
    db: app.db,
    server: app.server,
    browser,
    ...(await openPage(browser, options)),
    newPage: (more = {}) => openPage(browser, { ...options, ...more }),
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
export async function emitOn(page: Page, id: string, event: 'tap' | 'dbltap' | 'cxttap'): Promise<void> {
  await page.evaluate(
    ([i, e]) => {
      (window as unknown as { cy: { getElementById: (x: string) => { emit: (ev: string) => void } } }).cy.getElementById(i!).emit(e!);
    },
    [id, event],
  );
}
