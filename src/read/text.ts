import { InputError } from './types.js';

/**
 * Decode text bytes: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Anything else is refused with a
 * plain reason rather than read as garbage.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new InputError('binary data (NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('not UTF-8 text (convert it to UTF-8 or UTF-16 with a BOM)');
  }
}
