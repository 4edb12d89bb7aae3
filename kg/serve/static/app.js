// The browser page of `kg serve`: search -> neighbourhood graph (sigma.js) -> evidence panel.
// Everything comes from the server's /api/* answers; positions and sizes are computed there (one
// unit, discs kept apart), so the page only draws. window.kgView exposes the renderer for the headless-browser test.
"use strict";

const SigmaClass = Sigma.Sigma || Sigma.default || Sigma;
const GraphClass = graphology.MultiDirectedGraph || graphology.Graph.MultiDirectedGraph;
const COLORS = {
  Person: "#d1495b", State: "#00798c", Organization: "#edae49", Agency: "#f28f3b",
  Place: "#66a182", Region: "#8cb369", Settlement: "#2e4057", Checkpoint: "#6a4c93",
  Position: "#a8a8a8", Statement: "#b07aa1", Event: "#9c755f",
};
const $ = (id) => document.getElementById(id);
const view = { sigma: null, graph: null, ready: false, selected: null };
window.kgView = view;

function color(type) {
  if (COLORS[type]) return COLORS[type];
  return type && /Crossing|Closure|Referendum|Mobilization|Operation/.test(type) ? COLORS.Event : "#888";
}

async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status}: ${(await response.text()).trim()}`);
  return response.json();
}

function status(text) { $("status").textContent = text; }

async function search(event) {
  event.preventDefault();
  const q = $("q").value.trim();
  if (!q) return;
  status("searching…");
  const asked = performance.now();
  const matches = await getJSON(`/api/search?q=${encodeURIComponent(q)}`);
  view.searchMs = Math.round(performance.now() - asked);
  const list = $("results");
  list.replaceChildren();
  for (const m of matches) {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.iri = m.iri;
    button.append(m.label + " ");
    const small = document.createElement("small");
    small.textContent = `${m.type || "node"} · ${m.mentions}`;
    button.append(small);
    button.addEventListener("click", () => show(m.iri));
    const item = document.createElement("li");
    item.append(button);
    list.append(item);
  }
  status(matches.length ? `${matches.length} match(es)` : `nothing named like “${q}”`);
  if (matches.length) await show(matches[0].iri);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function show(iri) {
  const started = performance.now();
  view.ready = false;
  status("loading the neighbourhood…");
  const params = new URLSearchParams({ iri, hops: $("hops").value });
  if ($("since").value) params.set("since", $("since").value);
  if ($("until").value) params.set("until", $("until").value);
  const data = await getJSON(`/api/neighbourhood?${params}`);
  const received = performance.now();
  const graph = new GraphClass();
  for (const n of data.nodes) {
    graph.addNode(n.id, {
      label: n.label, x: n.x, y: n.y, size: n.size, color: color(n.type),
      nodeType: n.type, mentions: n.mentions, forceLabel: n.hop === 0,
    });
  }
  for (const e of data.edges) {
    graph.addEdge(e.source, e.target, { label: e.label, type: "arrow", size: 0.012, color: "#bbb" });
  }
  const built = performance.now();
  if (view.sigma) view.sigma.kill();
  view.graph = graph;
  // sigma renders once, synchronously, in its constructor; the next frame is that render painted
  view.sigma = new SigmaClass(graph, $("graph"), {
    // small neighbourhoods label every node; large ones only the bigger (more mentioned) nodes
    renderEdgeLabels: graph.size <= 60, labelRenderedSizeThreshold: graph.order <= 100 ? 0 : 4,
    labelDensity: graph.order <= 100 ? 4 : 1,
    defaultEdgeType: "arrow",
    // sizes are in the layout's unit (the server keeps discs apart in it), so they zoom with positions
    itemSizesReference: "positions", zoomToSizeRatioFunction: (ratio) => ratio,
  });
  view.sigma.on("clickNode", ({ node }) => evidence(node));
  await nextFrame();
  const drawn = performance.now();
  view.timing = {
    requestMs: Math.round(received - started), buildMs: Math.round(built - received),
    renderMs: Math.round(drawn - built), drawMs: Math.round(drawn - started), nodes: graph.order,
  };
  const cut = data.complete ? "" : " (the nearest only: narrow by hops or date for the rest)";
  status(`${graph.order} nodes, ${graph.size} relations${cut} (${view.timing.drawMs} ms)`);
  view.draws = (view.draws || 0) + 1;
  view.ready = true;
}

function highlighted(context, start, end) {
  const quote = document.createElement("blockquote");
  const mark = document.createElement("mark");
  mark.textContent = context.slice(start, end);
  quote.append(context.slice(0, start), mark, context.slice(end));
  return quote;
}

async function evidence(iri) {
  view.selected = iri;
  const panel = $("evidence");
  panel.replaceChildren(Object.assign(document.createElement("p"), { textContent: "loading…" }));
  const data = await getJSON(`/api/evidence?iri=${encodeURIComponent(iri)}`);
  const attrs = view.graph && view.graph.hasNode(iri) ? view.graph.getNodeAttributes(iri) : {};
  const title = Object.assign(document.createElement("h2"), { textContent: attrs.label || iri });
  const kind = Object.assign(document.createElement("p"), {
    className: "hint", textContent: `${attrs.nodeType || "node"} · ${data.documents.length} document(s)`,
  });
  panel.replaceChildren(title, kind);
  const byDoc = new Map(data.documents.map((d) => [d.doc, d]));
  for (const doc of data.documents) {
    const heading = document.createElement("h3");
    heading.textContent = [doc.issued, doc.title || doc.doc].filter(Boolean).join(" · ");
    heading.dataset.doc = doc.doc;
    panel.append(heading);
    for (const span of data.evidence.filter((s) => s.doc === doc.doc)) {
      panel.append(highlighted(span.context, span.highlight[0], span.highlight[1]));
    }
  }
  for (const span of data.evidence.filter((s) => !byDoc.has(s.doc))) {
    panel.append(highlighted(span.context, span.highlight[0], span.highlight[1]));
  }
  if (!data.evidence.length) panel.append(Object.assign(document.createElement("p"), {
    className: "hint", textContent: "no text span recorded for this node",
  }));
}

$("search").addEventListener("submit", (event) => search(event).catch((err) => status(String(err))));
