// @lede/collect: polite fetching of feeds and article pages, and the feed polling loop (#17).
export { normalizeUrl, hostOf, chooseCanonical } from './url.js';
export { fetchError, isTransient, type FetchError, type FetchErrorCode } from './errors.js';
export { politeFetch, type FetchOptions, type FetchResult } from './fetcher.js';
export { createHostGate, DEFAULT_POLICY, type HostGate, type HostPolicy } from './hosts.js';
export { createRobots, type Robots, type RobotsRules } from './robots.js';
export { createClient, DEFAULTS, type Client, type ClientOptions } from './client.js';
export { userAgent, ROBOTS_AGENT } from './user-agent.js';
export { readFeed, readOpml, decodeFeed, type FeedEntry, type OpmlFeed } from './feed.js';
export { buildCollected, type SourceInfo } from './article.js';
export { createChannel, type Channel } from './channel.js';
export { localSink, type IngestSink, type CollectedItem, type SinkOutcome, type LocalSinkOptions } from './sink.js';
export { collectRound, shouldFetch, nextDue, type RoundOptions, type RoundReport, type RoundEvent, type FeedStatus } from './round.js';
export { runCollector, type CollectorOptions } from './loop.js';
export { parseDuration } from './duration.js';
