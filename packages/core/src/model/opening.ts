/**
 * The opening words of an article, to show in place of a title it does not have (plain text has
 * none): its first line, cut at a word boundary. A store needs only the first OPENING_CHARS + 40
 * characters of the text for it, so a list page never reads whole articles.
 */
export const OPENING_CHARS = 120;

export function openingWords(head: string, max = OPENING_CHARS): string {
  const line = head.trimStart().split('\n', 1)[0]!.trim().replace(/\s+/g, ' ');
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max);
  return `${line.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:–—-]+$/u, '')}…`;
}
