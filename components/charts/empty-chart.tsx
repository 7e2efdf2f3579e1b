/** What a chart shows when its data is empty: a sentence, not blank axes. */
export function EmptyChart({ message }: { message: string }) {
  return <p className="empty-chart">{message}</p>;
}
