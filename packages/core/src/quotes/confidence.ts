// Speaker kind, statement grouping and calibrated confidence for the stage's quotes.
// Confidence is a table fitted on PolNeAR training articles the tagger never saw
// (scripts/calibrate-attribution.ts): the share of quotes of the same evidence class that had
// both content and speaker right. Classes are coarse on purpose, so every cell has data.
import type { Entity, Quote, Speaker, SpeakerKind } from '../model/layers.js';
import { CALIBRATION } from '../attribution/data/calibration.js';
import type { SpeakerMention } from './names.js';
import { commonWord } from './common-word.js';

export function speakerKind(m: SpeakerMention, s: Speaker, entityType: ReadonlyMap<string, string>): SpeakerKind {
  const type = s.entityId ? entityType.get(s.entityId) : undefined;
  if (type === 'ORG' || type === 'GPE' || type === 'NORP') return 'organisation';
  if (m.kind === 'name') return s.entityId || !commonWord(m.name) ? 'named' : 'description';
  // A pronoun or description that resolution replaced by a name.
  if (s.entityId || s.name !== m.name) return 'resolved';
  return 'description';
}

export function entityTypes(entities: readonly Entity[]): Map<string, string> {
  return new Map(entities.map((e) => [e.id, e.type]));
}

/** The evidence class a quote's confidence is read from. */
export function evidenceClass(form: Quote['form'], kind: SpeakerKind | null, strong: boolean, short: boolean): string {
  return `${form === 'indirect' ? 'indirect' : 'quoted'}|${kind ?? 'none'}|${strong ? 'near' : 'far'}|${short ? 'short' : 'long'}`;
}

const TABLE = CALIBRATION as Readonly<Record<string, number>>;

export function confidenceOf(cls: string, report?: (start: number, cls: string) => void, start = 0): number {
  report?.(start, cls);
  const v = TABLE[cls];
  if (v !== undefined) return v;
  // An unseen class: the mean of its form's classes.
  return TABLE[cls.split('|')[0] ?? ''] ?? 0.5;
}

/**
 * Statement ids: the fragments of one tagged statement share theirs; quotations in one line with the
 * same speaker and only a short, sentence-internal gap between them are one statement.
 */
export function assignStatements(quotes: Quote[], text: string, group: readonly number[]): void {
  let n = 0;
  const byGroup = new Map<number, string>();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const g = group[i]!;
    if (g >= 0 && byGroup.has(g)) {
      q.statement = byGroup.get(g)!;
      continue;
    }
    const p = quotes[i - 1];
    if (p && g < 0 && group[i - 1]! < 0 && p.form !== 'indirect' && q.form !== 'indirect' && sameSpeaker(p, q) && q.start - p.end < 120 && !/[.!?]["”’]?\s|\n/.test(text.slice(p.end, q.start))) {
      q.statement = p.statement!;
      continue;
    }
    q.statement = `s${++n}`;
    if (g >= 0) byGroup.set(g, q.statement);
  }
}

function sameSpeaker(a: Quote, b: Quote): boolean {
  if (!a.speaker || !b.speaker) return false;
  return a.speaker.entityId && b.speaker.entityId ? a.speaker.entityId === b.speaker.entityId : a.speaker.name.toLowerCase() === b.speaker.name.toLowerCase();
}
