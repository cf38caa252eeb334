/**
 * FNV-1a with 64 bits, over UTF-16 code units, as 16 hex digits: stable everywhere, no crypto (the core runs in
 * browsers), and wide enough that a million ids share none (a 32-bit hash gives about one collision in 100,000).
 * The state is two 32-bit halves; the FNV prime is 2^40 + 0x1b3, so a step is `h * 0x1b3 + (h << 40)` mod 2^64.
 */
const PRIME_LOW = 0x1b3;
const TWO_32 = 0x1_0000_0000;

export function hash64(s: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < s.length; i++) {
    lo ^= s.charCodeAt(i);
    lo >>>= 0;
    const low = lo * PRIME_LOW; // below 2^41: exact in a double
    hi = (Math.imul(hi, PRIME_LOW) + (lo << 8) + Math.floor(low / TWO_32)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
