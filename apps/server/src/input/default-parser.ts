import { parseInput } from '@lede/ingest';
import type { ParseInput } from './ingest.js';

/** @lede/ingest's pure parser, naming the record "body" so errors point at the request. */
export const defaultParseInput: ParseInput = (input, { format }) => parseInput(input, { format, name: 'body' });
