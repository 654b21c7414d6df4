import type { RouteDef } from '../http/route.js';
import { analyzeRoute } from './analyze.js';
import { addArticleRoute, getArticleRoute, listArticlesRoute } from './articles.js';
import { entitiesRoute, quotesRoute, searchRoute, speakersRoute, statsRoute, timelineRoute } from './corpus.js';
import { healthRoute, readyRoute } from './health.js';

/** Every API route, in the order the OpenAPI document lists them. */
export const routes: RouteDef[] = [
  analyzeRoute,
  addArticleRoute,
  listArticlesRoute,
  getArticleRoute,
  searchRoute,
  quotesRoute,
  entitiesRoute,
  speakersRoute,
  timelineRoute,
  statsRoute,
  healthRoute,
  readyRoute,
];
