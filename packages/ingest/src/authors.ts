/**
 * Author names from what records carry: a string byline ("By A and B", "A, B"), a list of
 * names, or objects with a `name` (schema.org, JSON Feed). Order kept, repeats dropped.
 */
export function authorList(value: unknown): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    const name = s.trim().replace(/^by\s+/i, '').trim();
    if (name && !out.includes(name)) out.push(name);
  };
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      const body = v.trim().replace(/^by\s+/i, '');
      for (const part of body.split(/\s*(?:,|;|&|\band\b)\s*/i)) add(part);
    } else if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') add((v as { name: string }).name);
  };
  visit(value);
  return out;
}
