// Time how long the `kg serve` page takes to draw a neighbourhood, in headless Chromium (Debian's,
// through playwright-core), as a user gets it: type a name, submit, wait for the graph.
//
// Usage: node tests/js/page_draw.mjs BASE_URL SEARCH_TEXT HOPS RUNS [SCREENSHOT.png]
// Opens the page once, then RUNS times: types SEARCH_TEXT with HOPS selected, submits, and waits
// until the page says it has drawn. Prints one JSON object: per run the page's own timings
// (window.kgView.timing: the neighbourhood request, graph building, layout, and sigma's first
// render up to the next painted frame) and the wall time from the click to the drawn graph; the
// order and size of the last graph; the screenshot of the last run when asked. Every request that
// leaves BASE_URL is blocked and listed. Exit code: 0 when the runs finished, 1 on an error, 2 on
// bad usage.
import { openPage } from "./browser.mjs";

const [base, text, hops, runsText, screenshot] = process.argv.slice(2);
const runs = Number(runsText);
if (!base || !text || !hops || !(runs >= 1)) {
  console.error("usage: node page_draw.mjs BASE_URL SEARCH_TEXT HOPS RUNS [SCREENSHOT.png]");
  process.exit(2);
}
const { browser, page, outside, errors } = await openPage(base);
try {

  await page.goto(base + "/");
  await page.selectOption("#hops", hops);
  const timings = [];
  for (let run = 1; run <= runs; run++) {
    await page.fill("#q", text);
    const drawsBefore = await page.evaluate(() => window.kgView.draws || 0);
    const started = Date.now();
    await page.click("#search button[type=submit]");
    await page.waitForFunction((n) => window.kgView.ready && window.kgView.draws > n, drawsBefore,
      { timeout: 60000 });
    const wall = Date.now() - started;
    timings.push({ clickToDrawnMs: wall, ...(await page.evaluate(() => ({ searchMs: window.kgView.searchMs, ...window.kgView.timing }))) });
  }
  const graph = await page.evaluate(() => {
    const { graph } = window.kgView;
    const center = graph.nodes().find((id) => graph.getNodeAttribute(id, "forceLabel"));
    return { order: graph.order, size: graph.size, center: center && graph.getNodeAttribute(center, "label"),
      status: document.querySelector("#status").textContent };
  });
  if (screenshot) await page.screenshot({ path: screenshot });
  console.log(JSON.stringify({ runs: timings, graph, outside, errors }));
} catch (err) {
  console.log(JSON.stringify({ error: String(err) }));
  process.exitCode = 1;
} finally {
  await browser.close();
}
