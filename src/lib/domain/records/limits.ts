/** Larger than any real single dose in any unit Tandem offers; catches typos like 25000 for 25. */
export const MAX_AMOUNT = 10_000;
