// Every reported statement (direct, mixed, indirect) on PolNeAR, scored PARC-style by
// ../shared/eval/attribution/score.mjs. The prediction is the quote stage's output unchanged, with
// the speaker mention and cue offsets so the scorer can match sources by position.
// Also prints a reliability table: quote confidence bucket -> share of quotes that are right
// (content found and source correct), from the scorer's per-prediction verdicts computed here.
import { analyzeDoc } from '@lede/core';
import type { EvalArea } from '../area.js';
import { reliability } from '../reliability.js';

interface Gold { id: string; text: string; attributions: Array<{ source: Array<{ start: number; end: number; text: string }>; content: Array<{ start: number; end: number }>; sourceResolved?: string }> }

const preds: Array<{ gold: Gold; quotes: Array<{ start: number; end: number; speakerStart?: number; speakerEnd?: number; speaker: string | null; confidence: number }> }> = [];

export const area: EvalArea<Gold> = {
  name: 'attribution',
  dataset: 'eval/attribution/dev.jsonl',
  predict(record) {
    const doc = analyzeDoc({ id: record.id, text: record.text }, { stages: ['quotes'] });
    const quotes = doc.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker?.name ?? null,
      ...(q.speaker?.start !== undefined && { speakerStart: q.speaker.start, speakerEnd: q.speaker.end }),
      ...(q.cue && { cueStart: q.cue.start, cueEnd: q.cue.end }),
      form: q.form,
      confidence: (q as { confidence?: number }).confidence ?? 1,
    }));
    preds.push({ gold: record, quotes });
    return { id: record.id, quotes };
  },
  scorer: { script: 'eval/attribution/score.mjs', args: (gold, pred) => [gold, pred] },
  metrics: (r) => {
    reliability(preds);
    return {
      'overlap P': r.overlap.p,
      'overlap R': r.overlap.r,
      'overlap F1': r.overlap.f1,
      'exact F1': r.exact.f1,
      'source acc (found)': r.sourceAcc,
      'cue acc': r.cueAcc,
      'attributed F1': r.attributed.f1,
      'recall direct': r.byKind.direct.recallOverlap,
      'recall mixed': r.byKind.mixed.recallOverlap,
      'recall indirect': r.byKind.indirect.recallOverlap,
    };
  },
  bars: [
    { metric: 'overlap F1', min: 0.7 },
    { metric: 'recall indirect', min: 0.55 },
    { metric: 'source acc (found)', min: 0.88 },
  ],
};
