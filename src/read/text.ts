import { InputError } from './types.js';

/**
 * UTF-16 text without a byte-order mark: the Latin characters, digits and spaces of a report leave one
 * byte of most pairs zero, always the same one, and the other byte of the pairs nearly never.
 */
export function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  return pairs >= 2 && Math.max(evenZeros, oddZeros) >= pairs * 0.6 && Math.min(evenZeros, oddZeros) <= pairs * 0.05;
}

/**
 * Decode text bytes: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Anything else is refused with a
 * plain reason rather than read as garbage.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new InputError(looksLikeUtf16WithoutBom(bytes) ? 'UTF-16 text without a byte-order mark (save it as UTF-8)' : 'binary data (NUL bytes), not text');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('not UTF-8 text (convert it to UTF-8 or UTF-16 with a BOM)');
  }
}
