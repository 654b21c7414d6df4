/**
 * Semantic colours of the browser. One place maps meaning (quote, speaker, person…) to a terminal
 * colour, so views never hard-code colours and NO_COLOR is honoured by a single switch.
 */
import type { EntityType } from '@lede/core';

export type MarkKind = 'plain' | 'quote' | 'speaker' | 'person' | 'org' | 'place' | 'other';

export interface MarkStyle {
  color?: string;
  bold?: boolean;
  underline?: boolean;
}

export const markStyles: Record<MarkKind, MarkStyle> = {
  plain: {},
  quote: { color: 'green' },
  speaker: { color: 'yellow', bold: true },
  person: { color: 'cyan' },
  org: { color: 'magenta' },
  place: { color: 'blue' },
  other: { underline: true },
};

export function entityKind(type: EntityType): MarkKind {
  switch (type) {
    case 'PERSON':
      return 'person';
    case 'ORG':
      return 'org';
    case 'GPE':
    case 'LOC':
    case 'NORP':
      return 'place';
    default:
      return 'other';
  }
}

/** Colour of a tone score in [-1, 1]: red for negative, green for positive, plain near zero. */
export function toneColor(tone: number | null | undefined): string | undefined {
  if (tone == null || Math.abs(tone) < 0.05) return undefined;
  return tone < 0 ? 'red' : 'green';
}

/** Accent colour for chrome (headers, selection). */
export const accent = 'cyan';
