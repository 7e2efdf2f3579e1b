/** What a chart shows when its data is empty: a sentence, not blank axes. */
/** What a term chart says when the papers have no term. */
export const NO_TERMS = 'No multi-word terms found in these papers.';

export function EmptyChart({ message }: { message: string }) {
  return <p className="empty-chart">{message}</p>;
}
