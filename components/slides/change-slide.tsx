import { TermChangeChart } from '@/components/charts/term-change-chart';
import { ChartDataTable } from '@/components/ui/chart-data-table';
import { direction, type PeriodComparison, windowChanges } from '@/lib/analyze/period-change';
import { formatP, MIN_SIDE } from '@/lib/analyze/significance';
import { describeWindow } from '@/lib/analyze/takeaways';
import { formatNumber, formatShare, plural } from '@/lib/format';

export interface ChangeSlideProps {
  comparison: PeriodComparison;
  takeaway: string;
  /** Terms shown each way. */
  shown: number;
}

/** This period against the previous one: the terms that moved most, the GitHub-link rate, team size, new authors. */
export function ChangeSlide({ comparison, takeaway, shown }: ChangeSlideProps) {
  const { windows, previous: before, current: now, newAuthors } = comparison;
  const rose = comparison.rose.slice(0, shown);
  const fell = comparison.fell.slice(0, shown);
  const then = describeWindow(windows.unit, windows.previous, before);
  const later = describeWindow(windows.unit, windows.current, now);

  const changes = windowChanges(before, now);
  const code = changes.code
    ? `${formatShare(changes.code.before)} → ${formatShare(changes.code.after)} (${formatNumber(before.linked)} of ${formatNumber(before.codeKnown)} → ${formatNumber(now.linked)} of ${formatNumber(now.codeKnown)}); ${direction(changes.code)}, ${changes.code.test.method}, ${formatP(changes.code.test.p)}`
    : `too few papers of known status to compare (${formatNumber(before.codeKnown)} and ${formatNumber(now.codeKnown)})`;
  const team = changes.team
    ? `${changes.team.before.toFixed(1)} → ${changes.team.after.toFixed(1)} authors a paper (over ${formatNumber(before.authorsKnown)} and ${formatNumber(now.authorsKnown)} papers); ${direction(changes.team, ['larger', 'smaller'])}, Welch's test, ${formatP(changes.team.test.p)}`
    : `too few papers of known author count to compare (${formatNumber(before.authorsKnown)} and ${formatNumber(now.authorsKnown)})`;
  const comparable = before.papers >= MIN_SIDE && now.papers >= MIN_SIDE;
  const authors =
    !before.named || !now.named
      ? 'the sources name no authors in one of the periods'
      : newAuthors.length
        ? newAuthors
            .slice(0, 4)
            .map((a) => `${a.name} (${a.after}; ${a.before ? `${a.before} before` : 'none before'})`)
            .join(', ') + (newAuthors.length > 4 ? ` and ${newAuthors.length - 4} more` : '')
        : before.papers && now.papers
          ? `none: the top ${comparison.topAuthors} are the same`
          : 'no authors named in one of the periods';
  const facts = [
    { label: 'GitHub-link rate', value: code },
    { label: 'Team size', value: team },
    { label: `New in the top ${comparison.topAuthors} authors`, value: authors },
  ];

  return (
    <div className="slide-body change-slide">
      <h2 className="slide-title">What changed</h2>
      <p className="slide-takeaway">{takeaway}</p>
      <div className="slide-chart">
        <TermChangeChart rose={rose} fell={fell} width={820} comparable={comparable} />
      </div>
      <dl className="change-facts">
        {facts.map((fact) => (
          <div key={fact.label} data-export-item={`${fact.label}: ${fact.value}`}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className="slide-note">
        {later} ({plural(now.papers, 'paper')}) against {then} ({plural(before.papers, 'paper')}), the
        previous {windows.length === 1 ? windows.unit : `${windows.length} ${windows.unit}s`}
        {windows.chosenBy === 'filter' ? ', as the filter sets' : ', the latest of the data'} · terms by
        change in share, faint = within noise (p ≥ 0.05: two-proportion z-test, Fisher's exact test for small
        counts) {comparable ? '' : `or periods under ${MIN_SIDE} papers`}
      </p>
      <ChartDataTable
        title="What changed"
        folded={false}
        header={['term', 'papers before', 'papers now', 'share before', 'share now', 'p']}
        rows={[...comparison.rose, ...comparison.fell].map((t) => [
          t.label,
          t.before,
          t.after,
          formatShare(t.shareBefore),
          formatShare(t.shareAfter),
          formatP(t.test.p),
        ])}
      />
    </div>
  );
}
