import { RENDERER_PATH, type RendererMessage } from './protocol';

/** A diagram bigger than this takes too long to lay out to wait for. */
const TIMEOUT_MS = 60_000;

let frame: Promise<HTMLIFrameElement> | null = null;
let nextId = 1;

/** The renderer page in a hidden frame, made once and kept: later diagrams need no second load of Mermaid. */
function rendererFrame(): Promise<HTMLIFrameElement> {
  frame ??= new Promise<HTMLIFrameElement>((resolve, reject) => {
    const iframe = document.createElement('iframe');
    iframe.className = 'flow-renderer';
    iframe.title = 'Diagram renderer';
    iframe.setAttribute('aria-hidden', 'true');
    iframe.tabIndex = -1;
    const onReady = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow || event.origin !== window.location.origin) return;
      if ((event.data as RendererMessage | undefined)?.kind !== 'ready') return;
      window.removeEventListener('message', onReady);
      resolve(iframe);
    };
    window.addEventListener('message', onReady);
    iframe.addEventListener('error', () => reject(new Error('The diagram renderer could not be loaded.')));
    iframe.src = RENDERER_PATH;
    document.body.appendChild(iframe);
  }).catch((error: unknown) => {
    frame = null;
    throw error;
  });
  return frame;
}

/**
 * Lays out a Mermaid document in the renderer frame and gives it back as an SVG data: URL for an <img>: the
 * picture keeps Mermaid's own styling inside the image, and the client page stays under its strict policy. The
 * SVG is never parsed here: even an inert parse would check its style attributes against this page's policy.
 */
export async function drawDiagram(text: string): Promise<string> {
  const iframe = await rendererFrame();
  const id = nextId++;
  const svg = await new Promise<string>((resolve, reject) => {
    const timer = window.setTimeout(() => {
      window.removeEventListener('message', onAnswer);
      reject(new Error('Drawing the diagram took too long.'));
    }, TIMEOUT_MS);
    function onAnswer(event: MessageEvent) {
      if (event.source !== iframe.contentWindow || event.origin !== window.location.origin) return;
      const message = event.data as RendererMessage | undefined;
      if (!message || message.kind === 'ready' || message.id !== id) return;
      window.clearTimeout(timer);
      window.removeEventListener('message', onAnswer);
      if (message.kind === 'rendered') resolve(message.svg);
      else reject(new Error(`The diagram could not be drawn: ${message.message}`));
    }
    window.addEventListener('message', onAnswer);
    iframe.contentWindow?.postMessage({ kind: 'render', id, text }, window.location.origin);
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
