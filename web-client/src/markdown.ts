import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { h, type VNode } from 'preact';
import { mediaUrl } from './media';

type Token = ReturnType<typeof parser.parse>[number];

/**
 * Inject bodies and other scenario text as Markdown (CommonMark with GitHub tables), parsed by markdown-it and
 * sanitised by DOMPurify before it reaches the page. Raw HTML in the source is shown as text (markdown-it's
 * `html: false`), and DOMPurify keeps only the tags the subset produces, so a `<script>` or an `onerror` never
 * runs even if a parser bug let one through. A relative link or image naming one of the inject's media files points
 * at the exercise's media endpoint; other images are dropped (the page loads nothing from elsewhere), and links
 * go only to http(s) and mailto, in a new tab. Table alignment becomes a class, since the page's CSP forbids
 * inline styles; headings start at h4 so they sit under the inject's title.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyNode = VNode<any>;

/** The exercise and media names a body's relative links and images may name. */
export interface MarkdownMedia {
  exerciseId: string;
  names: readonly string[];
}

const parser = new MarkdownIt({ html: false, linkify: false, typographer: false });

const ALLOWED_TAGS = [
  'p', 'br', 'h4', 'h5', 'h6', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'hr', 'ul', 'ol', 'li', 'a', 'img',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'class', 'start', 'target', 'rel', 'download'];
const EXTERNAL = /^(https?:|mailto:)/i;

export function renderMarkdown(source: string | null | undefined, media?: MarkdownMedia): AnyNode[] {
  return [h('div', { class: 'md-body', dangerouslySetInnerHTML: { __html: markdownToHtml(source, media) } })];
}

/** Sanitised HTML for a Markdown text. */
export function markdownToHtml(source: string | null | undefined, media?: MarkdownMedia): string {
  const env = {};
  const tokens = parser.parse(source ?? '', env);
  for (const token of tokens) {
    adjustBlock(token);
    for (const child of token.children ?? []) adjustInline(child, media);
  }
  const html = parser.renderer.render(tokens, parser.options, env);
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false });
}

/** The media names a body shows as images itself, so the attachment list does not show them twice. */
export function imagesNamedIn(source: string | null | undefined, names: readonly string[]): Set<string> {
  const shown = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'image') {
        const src = attr(token, 'src');
        if (names.includes(src)) shown.add(src);
      }
      if (token.children) visit(token.children);
    }
  };
  visit(parser.parse(source ?? '', {}));
  return shown;
}

function attr(token: Token, name: string): string {
  return String(token.attrGet(name) ?? '');
}

function adjustBlock(token: Token) {
  if (token.type === 'heading_open' || token.type === 'heading_close') {
    token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 3)}`;
    if (token.type === 'heading_open') token.attrJoin('class', 'md-heading');
  }
  if (token.type === 'th_open' || token.type === 'td_open') {
    const align = /text-align:\s*(left|right|center)/.exec(attr(token, 'style'));
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
    if (align) token.attrJoin('class', `md-align-${align[1]}`);
  }
}

function adjustInline(token: Token, media: MarkdownMedia | undefined) {
  if (token.type === 'image') {
    const src = attr(token, 'src');
    if (media && media.names.includes(src)) {
      token.attrSet('src', mediaUrl(media.exerciseId, src));
    } else {
      // Not one of the inject's files: show the alt text instead of loading anything.
      token.type = 'text';
      token.content = token.content || src;
      token.children = null;
    }
  }
  if (token.type === 'link_open') {
    const href = attr(token, 'href');
    if (media && media.names.includes(href)) {
      token.attrSet('href', mediaUrl(media.exerciseId, href));
      token.attrSet('download', href);
    } else if (EXTERNAL.test(href)) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    } else {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
    }
  }
}
