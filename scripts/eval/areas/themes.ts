// Themes against labelled news, on held-out data only: the BBC News test split (Greene & Cunningham
// 2006; the content-hash rule of corpus/PROVENANCE.md: 456 articles, the other 1,769 train the topic
// model) and AG News test (Zhang et al. 2015, 7,600 short wire briefs; business, sci/tech and sports
// map to one IPTC topic each, "world" spans several). The stage runs as in the default pipeline,
// after entities (words inside names do not count). "Tagged" = score >= THEME_THRESHOLD (0.5).
import path from 'node:path';
import { analyzeDoc, primaryTopic, THEME_THRESHOLD, type Theme } from '@lede/core';
import { bbcSplit } from '../../lib/bbc-split.js';
import { readJsonl, requireShared } from '../../lib/shared.js';
import type { EvalArea } from '../area.js';

interface Gold { id: string; title: string; text: string; label: string }
interface Pred { id: string; label: string; test: boolean; primary: string | null; tagged: string[] }

const SPORT = 'medtop:15000000';
const POLITICS = 'medtop:11000000';
const ECONOMY = 'medtop:04000000';
const IPTC_FOR_LABEL: Record<string, string> = {
  business: ECONOMY,
  entertainment: 'medtop:01000000',
  politics: POLITICS,
  sport: SPORT,
  tech: 'medtop:13000000',
};
const IPTC_FOR_AG_LABEL: Record<string, string> = { business: ECONOMY, 'sci/tech': 'medtop:13000000', sports: SPORT };

const shared = requireShared('themes eval');
const bbcTest = new Set(bbcSplit(readJsonl<Gold>(path.join(shared, 'corpus/bbc.jsonl'))).test.map((g) => g.id));

function predict(g: Gold): Pred {
  const themes: Theme[] = analyzeDoc({ id: g.id, title: g.title || undefined, text: g.text }, { stages: ['entities', 'themes'] }).themes;
  const tagged = themes.filter((t) => t.id === t.topLevel && t.score >= THEME_THRESHOLD).map((t) => t.id);
  return { id: g.id, label: g.label, test: true, primary: primaryTopic(themes)?.id ?? null, tagged };
}

/** Primary agreement, cross-topic leakage and tag counts over one labelled set. */
function stats(preds: Pred[], map: Record<string, string>, prefix: string, sportLabel: string): Record<string, number> {
  const out: Record<string, number> = {};
  const mapped = preds.filter((p) => p.label in map);
  out[`${prefix}.primary`] = mapped.filter((p) => p.primary === map[p.label]).length / mapped.length;
  for (const label of Object.keys(map)) {
    const of = preds.filter((p) => p.label === label);
    out[`${prefix}.primary.${label}`] = of.filter((p) => p.primary === map[label]).length / of.length;
  }
  const sport = preds.filter((p) => p.label === sportLabel);
  const other = preds.filter((p) => p.label !== sportLabel);
  out[`${prefix}.sportWithOtherTop`] = sport.filter((p) => p.tagged.some((t) => t !== SPORT)).length / sport.length;
  out[`${prefix}.nonSportWithSport`] = other.filter((p) => p.tagged.includes(SPORT)).length / other.length;
  out[`${prefix}.meanTopLevels`] = preds.reduce((n, p) => n + new Set([...p.tagged, ...(p.primary ? [p.primary] : [])]).size, 0) / preds.length;
  out[`${prefix}.noPrimary`] = preds.filter((p) => p.primary === null).length;
  return out;
}

export const area: EvalArea<Gold, Pred> = {
  name: 'themes',
  dataset: 'corpus/bbc.jsonl',
  predict(g) {
    // Train-split articles fitted the model: not scored (kept cheap).
    return bbcTest.has(g.id) ? predict(g) : { id: g.id, label: g.label, test: false, primary: null, tagged: [] };
  },
  score(_gold, all) {
    const preds = all.filter((p) => p.test);
    const r = stats(preds, IPTC_FOR_LABEL, 'bbc', 'sport');
    const politics = preds.filter((p) => p.tagged.includes(POLITICS));
    r['bbc.politicsTaggedPolOrBiz'] = politics.filter((p) => p.label === 'politics' || p.label === 'business').length / politics.length;
    r['bbc.articles'] = preds.length;
    const ag = readJsonl<Gold>(path.join(shared, 'corpus/ag_news_test.jsonl')).map(predict);
    const a = stats(ag, IPTC_FOR_AG_LABEL, 'agNews', 'sports');
    // "world" has no single IPTC topic; agreement is over the three that do.
    return { ...r, ...a };
  },
  metrics: (r) => r,
  bars: [
    { metric: 'bbc.primary', min: 0.95 },
    { metric: 'agNews.primary', min: 0.85 },
    { metric: 'bbc.sportWithOtherTop', max: 0.1 },
    { metric: 'bbc.nonSportWithSport', max: 0.02 },
    { metric: 'bbc.politicsTaggedPolOrBiz', min: 0.85 },
    { metric: 'bbc.meanTopLevels', max: 2.5 },
  ],
};
