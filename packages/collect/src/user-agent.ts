import { createRequire } from 'node:module';

const version = (): string => {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
};

/**
 * `Lede/<version> (+<contact>)`: site operators can see who is fetching and how to reach them.
 * The contact is the operator's (LEDE_CONTACT or --contact: a URL or mail address); without one,
 * the project name and purpose only.
 */
export function userAgent(contact = process.env.LEDE_CONTACT): string {
  const c = contact?.trim();
  return c ? `Lede/${version()} (+${c})` : `Lede/${version()} (news analysis collector)`;
}

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'Lede';
