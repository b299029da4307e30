import { h, type ComponentChildren, type VNode } from 'preact';

/**
 * A small, safe Markdown subset rendered to Preact nodes (never to HTML strings): paragraphs, hard line breaks
 * (two trailing spaces or a trailing backslash),
 * headings (#..###), bullet and numbered lists, **bold**, *italic* / _italic_ and `code`. Everything else is text,
 * so any HTML in the source is shown literally, escaped by Preact.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyNode = VNode<any>;

export function renderMarkdown(source: string | null | undefined): AnyNode[] {
  const lines = (source ?? '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: AnyNode[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length === 0) return;
    const children: ComponentChildren[] = [];
    paragraph.forEach((line, i) => {
      const hard = / {2,}$|\\$/.test(line);
      children.push(...inline(line.replace(/ {2,}$|\\$/, '')));
      // Markdown line breaks: a line ending in two spaces or a backslash breaks; a plain newline is a space.
      if (i < paragraph.length - 1) children.push(hard ? h('br', null) : ' ');
    });
    blocks.push(h('p', { key: blocks.length }, children));
    paragraph = [];
  };
  const flushList = () => {
    if (!list) return;
    const items = list.items.map((item, i) => h('li', { key: i }, inline(item)));
    blocks.push(h(list.ordered ? 'ol' : 'ul', { key: blocks.length }, items));
    list = null;
  };

  for (const raw of lines) {
    const line = raw.replace(/\s+$/, (ws) => (ws.startsWith('  ') ? '  ' : ''));
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (line.trim() === '') {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      blocks.push(h(`h${heading[1].length + 3}` as 'h4', { key: blocks.length, class: 'md-heading' }, inline(heading[2])));
    } else if (bullet || numbered) {
      flushParagraph();
      const ordered = !bullet;
      if (list && list.ordered !== ordered) flushList();
      if (!list) list = { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]);
    } else if (list && /^\s{2,}\S/.test(raw)) {
      // continuation of the previous list item
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

const INLINE = /(\*\*(.+?)\*\*|__(.+?)__|\*(?!\s)(.+?)\*|(?<!\w)_(?!\s)(.+?)_(?!\w)|`([^`]+)`)/;

function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let rest = text;
  let key = 0;
  while (rest.length > 0) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push(rest);
      break;
    }
    if (m.index > 0) out.push(rest.slice(0, m.index));
    const [whole, , bold1, bold2, em1, em2, code] = m;
    if (bold1 !== undefined || bold2 !== undefined) out.push(h('strong', { key: key++ }, inline(bold1 ?? bold2)));
    else if (em1 !== undefined || em2 !== undefined) out.push(h('em', { key: key++ }, inline(em1 ?? em2)));
    else out.push(h('code', { key: key++ }, code));
    rest = rest.slice(m.index + whole.length);
  }
  return out;
}
