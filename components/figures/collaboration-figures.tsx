import { CoauthorNetwork } from '@/components/charts/coauthor-network';
import { type Figure, type FigureLinks, linksFor } from '@/components/figures/figure';
import { coauthorNetwork } from '@/lib/analyze/coauthor-network';
import { coauthorTakeaway } from '@/lib/analyze/impact-takeaways';
import { plural } from '@/lib/format';
import { memoOn } from '@/lib/memo-on';
import type { CoauthorPairs } from '@/lib/query/coauthor-pairs';

/** The co-authorship map of the top authors; none where the sources give no names. */
export function collaborationFigures(
  pairs: CoauthorPairs,
  {
    slug,
    width = 1320,
    height = 620,
    links,
  }: { slug: string; width?: number; height?: number; links?: FigureLinks },
): Figure[] {
  if (pairs.nodes.length === 0) return [];
  // The network object is the layout's memo key: one per cached pairs, so a repeat view reuses its layout.
  const network = memoOn(pairs, 'network', () => coauthorNetwork(pairs.nodes, pairs.pairs));
  const byKey = new Map(network.nodes.map((n) => [n.key, n.label]));
  return [
    {
      id: 'coauthors',
      title: 'Co-authorship map',
      note: `The top ${plural(network.nodes.length, 'author')} by papers (names matched across spellings), linked where they wrote papers together · papers without author names left out`,
      takeaway: coauthorTakeaway(network),
      csv: {
        filename: `${slug}-coauthors.csv`,
        header: ['author', 'coauthor', 'joint_papers'],
        rows: network.links.map((l) => [
          byKey.get(l.source) ?? l.source,
          byKey.get(l.target) ?? l.target,
          l.papers,
        ]),
      },
      chart: (
        <CoauthorNetwork
          data={network}
          width={width}
          height={height}
          hrefFor={linksFor(links, 'author').hrefFor}
        />
      ),
    },
  ];
}
