/**
 * Binary search over an ordered list: the first index in [0, length) at which `reached(index)` holds,
 * for a condition that is false up to some index and true from there on; `length` when it never holds.
 */
export function findFirstIndex(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
