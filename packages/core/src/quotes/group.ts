import type { Quote } from '../model/layers.js';

export interface SpeakerGroup {
  /** Canonical speaker name; null groups the quotes nobody is credited with. */
  name: string | null;
  entityId?: string;
  quotes: Quote[];
}

/**
 * Quotes grouped by who said them, in order of first appearance. Speakers are already canonical
 * (full names, pronouns resolved), so the key is the entity id when linked, else the name
 * compared case-insensitively.
 */
export function groupQuotesBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const key = q.speaker ? (q.speaker.entityId ? `e:${q.speaker.entityId}` : `n:${q.speaker.name.toLowerCase()}`) : 'none';
    let g = groups.get(key);
    if (!g) {
      g = { name: q.speaker?.name ?? null, ...(q.speaker?.entityId && { entityId: q.speaker.entityId }), quotes: [] };
      groups.set(key, g);
    }
    g.quotes.push(q);
  }
  return [...groups.values()];
}
