/**
 * The messages between the client and the diagram renderer page (flow-render.html), both on this origin.
 * The client asks for one diagram at a time by id; the renderer answers with the SVG as text, or why it failed.
 */
export type RenderRequest = { kind: 'render'; id: number; text: string };

export type RendererMessage =
  | { kind: 'ready' }
  | { kind: 'rendered'; id: number; svg: string }
  | { kind: 'failed'; id: number; message: string };

export const RENDERER_PATH = '/flow-render.html';
