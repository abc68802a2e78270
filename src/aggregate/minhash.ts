// Near-duplicate detection for syndicated copies: MinHash over word 5-shingles, banded for
// lookup (locality-sensitive hashing). Two texts whose shingle sets overlap by Jaccard ≥ 0.7
// share a band with high probability; the signatures then estimate the overlap.
const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 128;
const BAND_ROWS = 8;
/** Only the opening of a very long text is hashed: copies differ little there too. */
const MAX_WORDS = 5000;
const WORD = /[\p{L}\p{N}]+/gu;

/** murmur3 finaliser: mixes 32 bits well enough to serve as a family of hash functions. */
function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shingleHashes(text: string): Uint32Array {
  const words: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    words.push(hashWord(m[0]));
    if (words.length >= MAX_WORDS) break;
  }
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, words.length); j++) h = mix32(h ^ words[j]!) + j - i;
    out[i] = h >>> 0;
  }
  return out;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 * (i + 1)));

export function minhashSignature(text: string): number[] {
  const shingles = shingleHashes(text);
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(x ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** One lookup key per band; the band number is folded in so that bands never collide. */
export function signatureBands(sig: readonly number[]): number[] {
  const bands: number[] = [];
  for (let b = 0; b * BAND_ROWS < sig.length; b++) {
    let h = b;
    for (let r = 0; r < BAND_ROWS; r++) h = mix32(h ^ (sig[b * BAND_ROWS + r] ?? 0));
    bands.push(b * 2 ** 32 + h);
  }
  return bands;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n === 0 ? 0 : same / n;
}

/** Texts at least this similar are taken to be copies of one story. */
export const SAME_STORY = 0.7;
