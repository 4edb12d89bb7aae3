// Drive the `kg serve` page in headless Chromium (Debian's, through playwright-core) like a user.
//
// Usage: node tests/js/page_check.mjs BASE_URL SEARCH_TEXT SCREENSHOT.png
// Types SEARCH_TEXT, submits, waits for the neighbourhood to draw, clicks (with the mouse, on the
// canvas) the neighbour with the most mentions, waits for its evidence, takes a screenshot, and
// prints one JSON object of what it saw. Every request that leaves BASE_URL is blocked and listed
// (the page must need no CDN). Exit code: 0 when the run finished, 1 on an error, 2 on bad usage.
import { openPage } from "./browser.mjs";

const [base, text, screenshot] = process.argv.slice(2);
if (!base || !text || !screenshot) {
  console.error("usage: node page_check.mjs BASE_URL SEARCH_TEXT SCREENSHOT.png");
  process.exit(2);
}
const { browser, page, outside, errors } = await openPage(base);
try {

  await page.goto(base + "/");
  await page.fill("#q", text);
  const started = Date.now();
  await page.click("#search button[type=submit]");
  await page.waitForFunction(() => window.kgView && window.kgView.ready, null, { timeout: 30000 });
  const drawn = Date.now() - started;
  const graph = await page.evaluate(() => {
    const { graph, sigma } = window.kgView;
    const nodes = graph.nodes().map((id) => ({ id, ...graph.getNodeAttributes(id) }));
    const center = nodes.find((n) => n.forceLabel);
    const target = nodes.filter((n) => !n.forceLabel && n.mentions > 0)
      .sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label))[0] || center;
    const box = document.querySelector("#graph").getBoundingClientRect();
    const at = sigma.framedGraphToViewport(sigma.getNodeDisplayData(target.id));
    return {
      order: graph.order, size: graph.size, center: center && center.label,
      target: { id: target.id, label: target.label }, click: { x: box.left + at.x, y: box.top + at.y },
    };
  });
  await page.mouse.click(graph.click.x, graph.click.y);
  await page.waitForSelector("#evidence mark", { timeout: 30000 });
  const evidence = await page.evaluate(() => ({
    title: document.querySelector("#evidence h2").textContent,
    documents: [...document.querySelectorAll("#evidence h3")].map((h) => h.dataset.doc),
    marks: [...document.querySelectorAll("#evidence mark")].map((m) => m.textContent),
    selected: window.kgView.selected,
  }));
  await page.screenshot({ path: screenshot });
  console.log(JSON.stringify({ drawnMs: drawn, outside, errors, graph, evidence }));
} catch (err) {
  console.log(JSON.stringify({ error: String(err) }));
  process.exitCode = 1;
} finally {
  await browser.close();
}
