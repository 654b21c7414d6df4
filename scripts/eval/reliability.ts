// Reliability table for quote confidence: bucket -> share of predictions that are right. A
// prediction is right when at least half of it lies in one gold attribution (the scorer's
// assignment rule) and its speaker mention overlaps that attribution's source, or its name shares
// the source's last word (a light version of the scorer's name rule). Printed on stderr.
interface Frag { start: number; end: number; text?: string }
interface G { text: string; attributions: Array<{ source: Frag[]; content: Frag[]; sourceResolved?: string }> }
interface P { start: number; end: number; speakerStart?: number; speakerEnd?: number; speaker: string | null; confidence: number }

const ov = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));
const last = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).pop() ?? '';

export function isRight(g: G, q: P): boolean {
  let best: G['attributions'][number] | null = null;
  let bestOv = 0;
  for (const a of g.attributions) {
    const o = a.content.reduce((n, f) => n + ov(f.start, f.end, q.start, q.end), 0);
    if (o > bestOv) { bestOv = o; best = a; }
  }
  if (!best || bestOv < 0.5 * (q.end - q.start)) return false;
  if (!best.source.length) return !q.speaker;
  if (q.speakerStart !== undefined && best.source.some((f) => ov(f.start, f.end, q.speakerStart!, q.speakerEnd!) > 0)) return true;
  const l = last(q.speaker);
  return !!l && (best.source.some((f) => last(f.text) === l) || last(best.sourceResolved) === l);
}

export function reliability(preds: ReadonlyArray<{ gold: G; quotes: P[] }>): void {
  const edges = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
  const n = new Array(edges.length - 1).fill(0);
  const ok = new Array(edges.length - 1).fill(0);
  const sum = new Array(edges.length - 1).fill(0);
  for (const { gold, quotes } of preds) for (const q of quotes) {
    const b = edges.findIndex((e, i) => q.confidence >= e && q.confidence < edges[i + 1]!);
    n[b]++; sum[b] += q.confidence;
    if (isRight(gold, q)) ok[b]++;
  }
  console.error('\nreliability (confidence bucket -> dev accuracy)');
  console.error('bucket        n      mean conf  accuracy');
  for (let b = 0; b < n.length; b++) {
    if (!n[b]) continue;
    console.error(`${edges[b]!.toFixed(2)}-${Math.min(1, edges[b + 1]!).toFixed(2)}  ${String(n[b]).padStart(6)}  ${(sum[b] / n[b]).toFixed(3).padStart(9)}  ${(ok[b] / n[b]).toFixed(3).padStart(8)}`);
  }
}
