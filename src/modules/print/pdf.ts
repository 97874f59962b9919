// HTML to PDF with headless Chromium (Debian's `chromium`, driven by playwright-core). One browser is
// started on first use and kept; each PDF gets its own context with the network off, so a page can
// load nothing but itself. Without a browser the caller answers 503 (PdfUnavailableError).
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
];

export class PdfUnavailableError extends Error {}

let browser: Promise<Browser> | null = null;

export async function launchBrowser(): Promise<Browser> {
  const path = chromiumPath();
  if (!existsSync(path)) throw new PdfUnavailableError(`Chromium not found at ${path} (set CHROMIUM_PATH)`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
}

function sharedBrowser(): Promise<Browser> {
  if (!browser) {
    browser = launchBrowser().then((b) => {
      b.on('disconnected', () => (browser = null));
      return b;
    });
    browser.catch(() => (browser = null));
  }
  return browser;
}

/** The page as A4 PDF, with the page's own @page margins. */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const b = await sharedBrowser();
  const context = await b.newContext({ offline: true, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  } finally {
    await context.close();
  }
}

/** Closes the shared browser (shutdown, tests). */
export async function closeBrowser(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b.catch(() => null))?.close();
}
