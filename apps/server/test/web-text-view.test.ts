import { analyze, type Analysis } from '@lede/core';
import { describe, expect, it } from 'vitest';
import { renderText } from '../src/web/text-view.js';
import { dom } from './web-helpers.js';

const text = 'Alpha beta gamma said so.\n\nDelta epsilon, zeta.';
const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });

/** The analysis of a two-paragraph text with spans that cross each other's edges on purpose. */
function crossing(): Analysis {
  const a = analyze({ id: 'crossing', text });
  return {
    ...a,
    // A quote running over the paragraph break, and a mention crossing the quote's end.
    quotes: [{ id: 'q1', ...span(6, 41), form: 'direct', cue: null, speaker: { name: 'Delta', start: 27, end: 32, kind: 'named' } }],
    entities: [{ id: 'e1', name: 'epsilon zeta', type: 'ORG', mentions: [{ ...span(33, 46), type: 'ORG' }], count: 1, salience: 0.5 }],
  };
}

describe('renderText', () => {
  it('nests elements properly when spans cross, and keeps the text exactly', () => {
    const a = crossing();
    const doc = dom(`<div>${renderText(a, [{ start: 0, end: 5 }], []).html}</div>`);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Alpha beta gamma said so.', 'Delta epsilon, zeta.']);
    // The quote is split at the paragraph break; only its first piece carries the id.
    const pieces = [...doc.querySelectorAll('.quote')];
    expect(pieces.map((q) => q.textContent)).toEqual(['beta gamma said so.', 'Delta epsilon,']);
    expect(pieces.map((q) => q.getAttribute('id'))).toEqual(['q-q1', null]);
    // The mention is split at the quote's end: one piece inside it, one after.
    expect([...doc.querySelectorAll('.ent.org')].map((m) => [m.textContent, m.closest('.quote') !== null])).toEqual([
      ['epsilon,', true],
      [' zeta', false],
    ]);
    expect(doc.querySelector('.spk')?.textContent).toBe('Delta');
    expect(doc.querySelector('mark')?.textContent).toBe('Alpha');
  });

  it('opens one element per run, not one per character', () => {
    const html = renderText(crossing(), [], []).html;
    expect((html.match(/<span/g) ?? []).length).toBeLessThan(15);
  });

  it('escapes the text, whatever it holds', () => {
    const a = analyze({ id: 'x', text: '<b onclick="x()">bold</b> & more' });
    const html = renderText(a, [], []).html;
    expect(html).not.toContain('<b');
    expect(dom(`<div>${html}</div>`).querySelector('p')?.textContent).toBe('<b onclick="x()">bold</b> & more');
  });
});
