import type { EntityType } from '../model/layers.js';

/**
 * DATE, MONEY, PERCENT and QUANTITY mentions by token patterns: these are regular enough that a
 * few bounded checks over the token stream beat a model (and cost almost nothing).
 */
export interface TokenMention {
  from: number; // first token
  to: number; // one past the last token
  type: EntityType;
}

const MONTHS = new Set('january february march april may june july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.'.split(' '));
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const SCALES = new Set('thousand million billion trillion bn mln m tn'.split(' '));
const CURRENCY_WORDS = new Set('dollar dollars euro euros pound pounds sterling yuan renminbi yen rupee rupees franc francs mark marks rouble roubles ruble rubles peso pesos won cents'.split(' '));
const CURRENCY_SYMBOL = /^(?:US|HK|A|C|NZ|S)?[$€£¥₹]$/;
const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'RMB', 'HKD', 'CHF', 'INR']);
const UNITS = new Set(
  'km kilometre kilometres kilometer kilometers mile miles metre metres meter meters m2 feet foot ft inch inches acre acres hectare hectares tonne tonnes ton tons kg kilogram kilograms gram grams lb lbs pound-weight barrel barrels litre litres liter liters gallon gallons degree degrees mw gw megawatt megawatts gigawatt gigawatts kwh twh square'.split(' '),
);
const CALENDAR_INITIAL = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.charCodeAt(0)));
const YEAR_LEAD = new Set('in since by until till from of during before after early late mid end'.split(' '));

const isNumber = (w: string): boolean => /^[+-]?\d[\d,]*(?:\.\d+)?$/.test(w) && w.length <= 20;
const isYear = (w: string): boolean => /^(1[89]\d\d|20\d\d)s?$/.test(w);
const isDay = (w: string): boolean => /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(w);

/**
 * Pattern mentions over words[from, to) (one sentence); never overlapping, left to right.
 * heads (tagger-cache.ts tokenHeads), when given, holds each word's first code unit: skipped
 * tokens are then never read as strings.
 */
export function numericMentions(words: readonly string[], from: number, to: number, out: TokenMention[], heads?: Int32Array): void {
  let i = from;
  while (i < to) {
    // Every pattern starts with a digit, a sign, a currency symbol or a capital letter: skip the rest cheaply.
    const c0 = heads ? (heads[i]! & 0xffff) || NaN : words[i]!.charCodeAt(0);
    if ((c0 >= 97 && c0 <= 122) || (c0 < 128 && !((c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || c0 === 36 || c0 === 43 || c0 === 45))) {
      i++;
      continue;
    }
    const w = words[i]!;
    // Month and weekday names start with one of adfjmnostw (the lower-cased word is only needed then).
    const lw = c0 > 127 || CALENDAR_INITIAL.has(c0 | 32) ? w.toLowerCase() : '';
    let end = i;
    let type: EntityType | null = null;

    if (/^\d[\d,.]*%$/.test(w) && w.length <= 20) {
      end = i + 1;
      type = 'PERCENT';
    } else if (isNumber(w) && i + 1 < to && (words[i + 1] === '%' || /^percent$/i.test(words[i + 1]!))) {
      end = i + 2;
      type = 'PERCENT';
    } else if (isNumber(w) && i + 2 < to && /^per$/i.test(words[i + 1]!) && /^cent$/i.test(words[i + 2]!)) {
      end = i + 3;
      type = 'PERCENT';
    } else if ((CURRENCY_SYMBOL.test(w) || CURRENCY_CODES.has(w)) && i + 1 < to && isNumber(words[i + 1]!)) {
      end = i + 2;
      if (end < to && SCALES.has(words[end]!.toLowerCase())) end++;
      type = 'MONEY';
    } else if (/^(?:US|HK)?[$€£¥₹]\d[\d,.]*(?:bn|m|k)?$/.test(w) && w.length <= 20) {
      end = i + 1;
      if (end < to && SCALES.has(words[end]!.toLowerCase())) end++;
      type = 'MONEY';
    } else if (isNumber(w)) {
      let j = i + 1;
      if (j < to && SCALES.has(words[j]!.toLowerCase())) j++;
      const next = j < to ? words[j]!.toLowerCase() : '';
      if (CURRENCY_WORDS.has(next) || CURRENCY_CODES.has(words[j] ?? '')) {
        end = j + 1;
        type = 'MONEY';
      } else if (UNITS.has(next)) {
        end = j + 1;
        if (next === 'square' && end < to && UNITS.has(words[end]!.toLowerCase())) end++;
        type = 'QUANTITY';
      } else if (isDay(w) && MONTHS.has(next)) {
        end = j + 1;
        if (end < to && isYear(words[end]!)) end++;
        type = 'DATE';
      } else if (isYear(w) && i > from && YEAR_LEAD.has(words[i - 1]!.toLowerCase())) {
        end = i + 1;
        type = 'DATE';
      }
    } else if (/^\d{4}-\d\d-\d\d$/.test(w)) {
      end = i + 1;
      type = 'DATE';
    } else if (MONTHS.has(lw) && (w[0] === w[0]!.toUpperCase()) && !(lw === 'may' && w === 'May' && i + 1 < to && !isDay(words[i + 1]!) && !isYear(words[i + 1]!))) {
      end = i + 1;
      if (end < to && isDay(words[end]!)) end++;
      if (end < to && words[end] === ',' && end + 1 < to && isYear(words[end + 1]!)) end += 2;
      else if (end < to && isYear(words[end]!)) end++;
      type = 'DATE';
    } else if (WEEKDAYS.has(lw) && w[0] !== w[0]!.toLowerCase()) {
      end = i + 1;
      type = 'DATE';
    }

    if (type && end > i) {
      out.push({ from: i, to: end, type });
      i = end;
    } else i++;
  }
}
