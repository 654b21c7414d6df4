/**
 * One spelling per story: the same article reached through a newsletter link, a social share and
 * the feed must be stored once, so URLs are normalised before they are compared or stored.
 */

/** Query parameters that only say where a click came from (campaigns, ad and social click ids). */
const TRACKING = /^(utm_[a-z_]*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|wt\.mc_id|cmpid|ocid|s_cid|at_medium|at_campaign|ns_mchannel|ns_campaign|ns_source|ns_linkname|ns_fee|sr_share|__twitter_impression)$/i;

/** The URL as we store it, or undefined for anything that is not an absolute http(s) URL. */
export function normalizeUrl(raw: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  // URL already lowercases the host and drops default ports; keep the remaining parameters in a
  // stable order so `?a=1&b=2` and `?b=2&a=1` are one story.
  const kept = [...url.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  return url.href;
}

/** The host whose rate limit, concurrency and backoff a request counts against (port left out). */
export function hostOf(url: string): string {
  return new URL(url).hostname;
}

/**
 * The canonical URL a page declares (`<link rel=canonical>` / og:url, read by @lede/ingest), when it
 * is a plausible address of the same story: same site (registrable host suffix), http(s). Pages that
 * point every article at their home page are caught by the path check.
 */
export function chooseCanonical(fetched: string, declared: string | undefined): string {
  if (!declared) return fetched;
  const canon = normalizeUrl(declared, fetched);
  if (!canon) return fetched;
  const a = new URL(fetched);
  const b = new URL(canon);
  const site = (h: string) => h.split('.').slice(-2).join('.');
  if (site(a.hostname) !== site(b.hostname)) return fetched;
  if ((b.pathname === '/' || b.pathname === '') && a.pathname.length > 1) return fetched;
  return canon;
}
