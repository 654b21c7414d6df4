/** Why a fetch produced no usable body: a code for reports and tests, a message for people. */
export type FetchErrorCode =
  | 'TIMEOUT'
  | 'NETWORK'
  | 'HTTP_STATUS'
  | 'TOO_LARGE'
  | 'REDIRECT_LOOP'
  | 'TOO_MANY_REDIRECTS'
  | 'BAD_URL'
  | 'ROBOTS_DISALLOWED'
  | 'INVALID_FEED'
  | 'EMPTY_PAGE'
  | 'BACKING_OFF'
  | 'ABORTED';

export interface FetchError {
  code: FetchErrorCode;
  message: string;
  /** The URL the error is about (after redirects, when known). */
  url: string;
  status?: number;
  /** The server's Retry-After (429, 503), in ms. */
  retryAfterMs?: number;
}

export const fetchError = (code: FetchErrorCode, message: string, url: string, status?: number): FetchError =>
  status === undefined ? { code, message, url } : { code, message, url, status };

/** Errors worth retrying later (the server or the network may recover); the rest are the content's fault. */
export function isTransient(e: FetchError): boolean {
  if (e.code === 'TIMEOUT' || e.code === 'NETWORK' || e.code === 'ABORTED' || e.code === 'BACKING_OFF') return true;
  if (e.code === 'HTTP_STATUS') return e.status === undefined || e.status >= 500 || e.status === 429 || e.status === 408;
  return false;
}
