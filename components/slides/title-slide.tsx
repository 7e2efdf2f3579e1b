export interface TitleSlideProps {
  name: string;
  /** The active filter in words; empty for the whole corpus. */
  filter?: string;
  takeaway: string;
  numbers: { label: string; value: string }[];
}

/** The corpus name, the sentence that sums it up and its headline numbers. */
export function TitleSlide({ name, filter, takeaway, numbers }: TitleSlideProps) {
  return (
    <div className="slide-body title-slide">
      <h1 className="slide-heading">{name}</h1>
      {filter ? <p className="slide-filter">Papers where {filter}</p> : null}
      <p className="slide-takeaway">{takeaway}</p>
      <dl className="slide-numbers">
        {numbers.map(({ label, value }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="slide-hint">
        <kbd>→</kbd> next · <kbd>←</kbd> back · <kbd>F</kbd> full screen · <kbd>Esc</kbd> leave
      </p>
    </div>
  );
}
