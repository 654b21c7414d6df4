/**
 * Readability's cost explodes with nesting (it walks ancestors for every candidate: `<div>`×1,000
 * around one paragraph took 31–45 s, ×256 ~1 s, ×100 well under 0.5 s). Real article pages nest
 * < 40 deep and hold < 20,000 elements; past these caps we skip Readability and take the body text,
 * a path that stays linear (domToText is one iterative walk).
 */
export const htmlLimits = { maxDepth: 100, maxElements: 50_000 };

interface Node { nodeType: number; childNodes: ArrayLike<Node> }

/** Whether a DOM stays within the caps: one iterative walk that stops at the first cap crossed. */
export function withinHtmlLimits(root: Node, limits = htmlLimits): { ok: true } | { ok: false; limit: string } {
  const stack: Array<[Node, number]> = [[root, 0]];
  let elements = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (++elements > limits.maxElements) return { ok: false, limit: `more than ${limits.maxElements} elements` };
    if (depth > limits.maxDepth) return { ok: false, limit: `nesting deeper than ${limits.maxDepth}` };
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) stack.push([kids[i]!, depth + 1]);
  }
  return { ok: true };
}
