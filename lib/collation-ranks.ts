/** The table's text order: case and accents ignored, digit runs compared as numbers. */
export const tableCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Each value's place in the table's text order: equal values (to the collator) share a place, so a sort by
 * place, then by import order, is the sort the collator gives with ties left in import order.
 */
export function collationRanks(values: readonly string[]): Int32Array {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => tableCollator.compare(values[a] ?? '', values[b] ?? ''));
  const ranks = new Int32Array(values.length);
  let rank = 0;
  order.forEach((index, i) => {
    const previous = order[i - 1];
    if (previous !== undefined && tableCollator.compare(values[previous] ?? '', values[index] ?? '') !== 0)
      rank = i;
    ranks[index] = rank;
  });
  return ranks;
}
