import { linkedom } from '../lazy.js';
import { domToText } from './to-text.js';

/** Text of an HTML fragment (feed item body, a record's `html`, rendered Markdown), no extraction. */
export function htmlFragmentToText(html: string): string {
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? domToText(document.body as never) : '';
}
