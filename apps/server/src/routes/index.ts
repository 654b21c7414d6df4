import type { RouteDef } from '../http/route.js';
import { analyzeRoute } from './analyze.js';
import { addArticleRoute, deleteArticleRoute, getArticleRoute, listArticlesRoute } from './articles.js';
import { cooccurrenceRoute, entitiesRoute, entityToneRoute, quotesRoute, searchRoute, speakersRoute, statsRoute, themeCountsRoute, timelineRoute } from './corpus.js';
import { healthRoute, readyRoute } from './health.js';
import { entityRoute } from './entity.js';

/** Every API route, in the order the OpenAPI document lists them. */
export const routes: RouteDef[] = [
  analyzeRoute,
  addArticleRoute,
  listArticlesRoute,
  getArticleRoute,
  deleteArticleRoute,
  searchRoute,
  quotesRoute,
  entitiesRoute,
  entityToneRoute,
  entityRoute,
  cooccurrenceRoute,
  speakersRoute,
  themeCountsRoute,
  timelineRoute,
  statsRoute,
  healthRoute,
  readyRoute,
];
