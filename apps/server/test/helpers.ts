import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore } from '@lede/store';
import type { CorpusStore } from '@lede/store';
import { pino } from 'pino';
import { createApp, type AppOptions } from '../src/index.js';

export const seedText = fs.readFileSync(fileURLToPath(new URL('../../../seeds/china-two-sessions-tech.txt', import.meta.url)), 'utf8');

/** A short article written for these tests: two attributed quotes, named people and places. */
export const shortArticle = [
  'Flooding closed three schools in Leeds on Tuesday after the River Aire burst its banks.',
  '"We have never seen water this high," said Margaret Holt, the head teacher of Kirkstall Primary.',
  'The Environment Agency said more rain was expected on Wednesday. Council leader James Lewis told reporters: "Every available crew is out tonight."',
].join('\n\n');

export const silent = pino({ level: 'silent' });

export async function testApp(options: Partial<AppOptions> = {}): Promise<ReturnType<typeof createApp> & { store: CorpusStore }> {
  const store = options.store ?? (await openStore({ db: ':memory:' }));
  return { ...createApp({ logger: silent, rateLimit: false, ...options, store }), store };
}
