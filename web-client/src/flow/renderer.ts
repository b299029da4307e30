import type { RenderRequest, RendererMessage } from './protocol';

/*
 * The diagram renderer page. Mermaid measures and lays out a diagram in a live document and styles it with a
 * <style> element and style attributes, which the client's Content-Security-Policy refuses. This page alone has a
 * policy with inline styles (scripts still only this server's, nothing fetched), and it is framed by the client:
 * it takes Mermaid text from its parent on this origin and answers with the SVG as text, which the client shows
 * as an image, so none of Mermaid's styling ever enters the client's page.
 */

let mermaidLoaded: Promise<typeof import('mermaid').default> | null = null;

/** Mermaid is large: its own chunk, fetched the first time a diagram is asked for. */
function loadMermaid() {
  mermaidLoaded ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      // Labels are the scenario author's text: sanitised, no click handlers, no HTML.
      securityLevel: 'strict',
      // Plain SVG text rather than HTML in foreignObject, so the picture draws the same as an image.
      htmlLabels: false,
      theme: 'default',
      // Inject boxes carry a title and a story time; the default 200 px wraps them into a tall thin column.
      flowchart: { wrappingWidth: 320 },
    });
    return mermaid;
  });
  return mermaidLoaded;
}

function answer(message: RendererMessage) {
  window.parent.postMessage(message, window.location.origin);
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== window.location.origin || event.source !== window.parent) return;
  const request = event.data as RenderRequest | undefined;
  if (request?.kind !== 'render' || typeof request.text !== 'string') return;
  void (async () => {
    try {
      const mermaid = await loadMermaid();
      const { svg } = await mermaid.render(`flow-${request.id}`, request.text);
      answer({ kind: 'rendered', id: request.id, svg: withIntrinsicSize(svg) });
    } catch (error) {
      answer({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});

answer({ kind: 'ready' });

/**
 * Mermaid sizes its SVG to 100% of a container, which an image does not have: give it the width and height of
 * its viewBox so the picture shows at its natural size. Done here, under this page's policy, since parsing the
 * SVG (style attributes and all) in the client's page would be checked against the client's.
 */
function withIntrinsicSize(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const box = root.getAttribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (root.nodeName !== 'svg' || !box || box.length !== 4 || box.some((n) => !Number.isFinite(n))) return svg;
  root.setAttribute('width', String(Math.ceil(box[2])));
  root.setAttribute('height', String(Math.ceil(box[3])));
  root.removeAttribute('style');
  return new XMLSerializer().serializeToString(root);
}
