// Frame timings of the browser benchmarks (client-draw, map-draw): requestAnimationFrame
// intervals while the mouse drags a view and while the wheel turns over it.
import type { Page } from 'playwright-core';

export const PAN_MS = 2000;
export const ZOOM_MS = 1000;

export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
export const round1 = (x: number) => +x.toFixed(1);

// Page scripts are strings, not functions: tsx would wrap named functions in a helper the page lacks.
const RECORD_FRAMES = `(() => {
  const out = []; let last = performance.now(); let on = true;
  const step = () => { const now = performance.now(); out.push(now - last); last = now; if (on) requestAnimationFrame(step); };
  requestAnimationFrame(step);
  window.__stopFrames = () => { on = false; return out.slice(1); };
})()`;

async function frames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(RECORD_FRAMES);
  await gesture();
  return (await page.evaluate('window.__stopFrames()')) as number[];
}

/** Frame intervals (ms) while the mouse drags from `at` for PAN_MS, then while the wheel turns there for ZOOM_MS. */
export async function panAndZoomFrames(page: Page, at: { x: number; y: number }): Promise<{ pan: number[]; zoom: number[] }> {
  await page.mouse.move(at.x, at.y);
  const pan = await frames(page, async () => {
    await page.mouse.down();
    const t0 = Date.now();
    for (let i = 1; Date.now() - t0 < PAN_MS; i++) await page.mouse.move(at.x + 150 * Math.sin(i / 8), at.y + 100 * Math.cos(i / 8));
    await page.mouse.up();
  });
  await page.waitForTimeout(300);
  const zoom = await frames(page, async () => {
    const t0 = Date.now();
    for (let i = 0; Date.now() - t0 < ZOOM_MS; i++) await page.mouse.wheel(0, i % 16 < 8 ? -100 : 100);
  });
  return { pan, zoom };
}
