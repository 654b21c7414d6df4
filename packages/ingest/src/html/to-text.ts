/**
 * DOM -> plain text that keeps the page's paragraph structure: block elements become
 * paragraphs separated by a blank line, <br> a line break, inline whitespace collapses as a
 * browser would. Iterative (no recursion), so deeply nested markup cannot overflow the stack.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD',
  'TFOOT', 'TR', 'UL', 'BODY', 'CENTER',
]);
// Figures and their captions are not body prose (benchmark gold and readers agree): dropped.
const SKIP = new Set(['FIGURE', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'BUTTON', 'SELECT', 'TEXTAREA']);
const CELL = new Set(['TD', 'TH']);

const PARAGRAPH = '\n\n';

/** Minimal DOM surface we read (linkedom and browser DOMs both have it). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** Captions, photo credits and "related" boxes that Readability leaves inside the article. */
const NOISE_CLASS = /(^|[\s_-])(caption|credit|related|recommended|newsletter|share|social)([\s_-]|$)/i;

export function domToText(root: DomNode): string {
  const out: string[] = [];
  // Stack of nodes to visit, and close markers (strings) pushed after a block's children.
  const stack: Array<DomNode | string> = [root];
  let preDepth = 0;
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      if (item === '/PRE') preDepth--;
      else out.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      const v = item.nodeValue ?? '';
      out.push(preDepth > 0 ? v : v.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = item.nodeName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (item.nodeType === 1 && NOISE_CLASS.test(item.getAttribute?.('class') ?? '')) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (tag === 'IMG' || tag === 'INPUT') continue;
    const block = BLOCK.has(tag);
    if (block) out.push(PARAGRAPH);
    else if (CELL.has(tag)) out.push(' ');
    if (block) stack.push(PARAGRAPH);
    if (tag === 'PRE') {
      preDepth++;
      stack.push('/PRE');
    }
    const kids = item.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.join('');
}
