// Hostile markup (issue #15 item 1): nesting past the cap skips Readability (whose cost explodes
// with depth) and still yields the paragraph, by the linear body-text path.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../src/index.js';
import { htmlLimits, withinHtmlLimits } from '../src/html/limits.js';
import { linkedom } from '../src/lazy.js';

const nested = (n: number) => '<html><body>' + '<div>'.repeat(n) + '<p>"Hi," said Ann Lee.</p>' + '</div>'.repeat(n) + '</body></html>';

describe('HTML caps before Readability', () => {
  it('measures depth and element count, naming the cap crossed', () => {
    const dom = (h: string) => linkedom().parseHTML(h).document as never;
    expect(withinHtmlLimits(dom(nested(10)))).toEqual({ ok: true });
    expect(withinHtmlLimits(dom(nested(htmlLimits.maxDepth + 5)))).toEqual({ ok: false, limit: `nesting deeper than ${htmlLimits.maxDepth}` });
    const wide = '<html><body>' + '<b>x</b>'.repeat(60) + '</body></html>';
    expect(withinHtmlLimits(dom(wide), { maxDepth: 100, maxElements: 50 })).toEqual({ ok: false, limit: 'more than 50 elements' });
  });

  it('extracts the paragraph from <div>×2,000 (Readability alone took > 100 s)', () => {
    const [r] = parseInput(nested(2000), { format: 'html', name: 'deep.html' });
    expect(r!.ok && r!.article.text).toBe('"Hi," said Ann Lee.');
  });
});
