/** "15m", "90s", "2h", "500ms" or plain seconds -> milliseconds; undefined when unreadable. */
export function parseDuration(s: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(s);
  if (!m) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 's').toLowerCase() as 'ms'];
  const ms = Number(m[1]) * unit;
  return ms > 0 ? ms : undefined;
}
