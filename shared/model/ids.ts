/**
 * Record ids: a short prefix naming the collection plus random base-36 digits,
 * e.g. `card_k3v9x2m1qa`. Prefixes make located errors and diffs readable.
 */
export type IdSource = () => string;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export const randomIdSource: IdSource = () => {
  let out = '';
  for (let i = 0; i < 10; i++) out += ALPHABET[Math.floor(Math.random() * 36)];
  return out;
};

/** A deterministic source for tests and generators: the same seed gives the same ids. */
export function seededIdSource(seed = 1): IdSource {
  let state = seed >>> 0 || 1;
  return () => {
    let out = '';
    for (let i = 0; i < 10; i++) {
      state ^= state << 13; state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5; state >>>= 0;
      out += ALPHABET[state % 36];
    }
    return out;
  };
}

export function createId(prefix: string, source: IdSource = randomIdSource): string {
  return `${prefix}_${source()}`;
}
