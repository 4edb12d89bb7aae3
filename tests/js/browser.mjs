// The headless Chromium every page script drives: Debian's chromium through playwright-core, with
// every request that leaves BASE_URL blocked and listed (the page must need no CDN), and page
// errors collected.
import { chromium } from "playwright-core";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

// Opens a 1280x800 page that may only reach `base`; returns { browser, page, outside, errors }.
export async function openPage(base) {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const outside = [];
  const errors = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
  return { browser, page, outside, errors };
}
