import { CoauthorNetwork } from '@/components/charts/coauthor-network';
import { ChartCard } from '@/components/ui/chart-card';
import { coauthorNetwork } from '@/lib/analyze/coauthor-network';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { coauthorTakeaway } from '@/lib/analyze/impact-takeaways';
import { plural } from '@/lib/format';
import { memoOn } from '@/lib/memo-on';
import { getCoauthorPairs } from '@/lib/query/views';

export interface CollaborationSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
}

/** Who works with whom: the co-authorship map of the top authors. Nothing to show where sources give no names. */
export async function CollaborationSection({ corpusId, filter, slug }: CollaborationSectionProps) {
  const pairs = await getCoauthorPairs(corpusId, filter);
  if (pairs.nodes.length === 0) return null;
  // The network object is the layout's memo key: one per cached pairs, so a repeat view reuses its layout.
  const network = memoOn(pairs, 'network', () => coauthorNetwork(pairs.nodes, pairs.pairs));
  const byKey = new Map(network.nodes.map((n) => [n.key, n.label]));

  return (
    <section className="section" aria-labelledby="collaboration-title">
      <h2 id="collaboration-title" className="section-title">
        Who works with whom
      </h2>
      <ChartCard
        id="coauthors"
        title="Co-authorship map"
        note={`The top ${plural(network.nodes.length, 'author')} by papers (names matched across spellings), linked where they wrote papers together · papers without author names left out`}
        takeaway={coauthorTakeaway(network)}
        csv={{
          filename: `${slug}-coauthors.csv`,
          header: ['author', 'coauthor', 'joint_papers'],
          rows: network.links.map((l) => [
            byKey.get(l.source) ?? l.source,
            byKey.get(l.target) ?? l.target,
            l.papers,
          ]),
        }}
      >
        <CoauthorNetwork data={network} width={1320} height={620} />
      </ChartCard>
    </section>
  );
}
