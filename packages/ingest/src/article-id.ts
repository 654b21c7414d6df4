import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * A stable id for a record that brings none: the first 16 hex digits of SHA-256 of the
 * normalised text. Pure JS (no node:crypto, no async Web Crypto) so it runs the same everywhere.
 */
export function contentId(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
}
