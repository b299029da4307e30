// Reads one Mermaid document on standard input and parses it with Mermaid's own parser (the one the renderer
// uses). Prints the diagram type and exits 0 when it parses; prints the parser's error and exits 1 when not.
// Mermaid's sanitiser needs a DOM, so jsdom provides one; nothing is rendered.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let text = '';
for await (const chunk of process.stdin) {
  text += chunk;
}

try {
  const result = await mermaid.parse(text);
  console.log(result.diagramType);
  process.exit(0);
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exit(1);
}
