// Load a GEXF file with graphology-gexf, the parser Gephi Lite uses, and print what it read.
//
// Usage: node tests/js/load_gexf.mjs FILE.gexf
// Prints one JSON object: {"strict": {...}, "lite": {...}}, each with the node and edge counts,
// the graph type, and the distinct node `type` values, or {"error": "..."} when parsing threw.
// "strict" uses the parser's defaults (undeclared attributes and dangling edges are errors);
// "lite" uses Gephi Lite's options (allowUndeclaredAttributes, addMissingNodes).
// Exit code: 0 when both loads succeeded, 1 when one failed, 2 on a usage error.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import gexf from "graphology-gexf";

function load(source, options) {
  try {
    const graph = gexf.parse(Graph, source, options);
    const types = new Set();
    graph.forEachNode((_key, attributes) => {
      if (attributes.type !== undefined) types.add(attributes.type);
    });
    return {
      nodes: graph.order,
      edges: graph.size,
      graphType: graph.type,
      multi: graph.multi,
      nodeTypes: [...types].sort(),
    };
  } catch (error) {
    return { error: String(error && error.message ? error.message : error) };
  }
}

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node load_gexf.mjs FILE.gexf\n");
  process.exit(2);
}
const source = readFileSync(file, "utf8");
const result = {
  strict: load(source, {}),
  lite: load(source, { allowUndeclaredAttributes: true, addMissingNodes: true }),
};
process.stdout.write(JSON.stringify(result) + "\n");
process.exit(result.strict.error || result.lite.error ? 1 : 0);
