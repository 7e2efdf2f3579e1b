import { EmptyChart } from '@/components/charts/empty-chart';
import { NetworkMap } from '@/components/charts/network-map';
import type { CoauthorNetwork as CoauthorNetworkData } from '@/lib/analyze/coauthor-network';
import { plural } from '@/lib/format';

export interface CoauthorNetworkProps {
  data: CoauthorNetworkData;
  width?: number;
  height?: number;
  seed?: number;
  ticks?: number;
  labelled?: number;
  /** Where clicking an author goes (a filter), by key; no links without it. */
  hrefFor?: (key: string) => string;
}

/**
 * Co-authorship map of the top authors, laid out as the term map is: circle area = papers, line width = papers
 * written together.
 */
export function CoauthorNetwork({
  data,
  width = 720,
  height = 520,
  seed = 1,
  ticks = 300,
  labelled = 30,
  hrefFor,
}: CoauthorNetworkProps) {
  if (data.nodes.length === 0) return <EmptyChart message="No paper in this selection names its authors." />;
  const hidden = data.hidden ? ` · ${plural(data.hidden, 'weaker pair')} not drawn` : '';
  return (
    <NetworkMap
      data={data}
      weight={(link) => link.papers}
      strokes={[1, 5]}
      opacities={[0.3, 0.7]}
      linkTip={(a, b, link) => `${a.label} – ${b.label}: ${plural(link.papers, 'paper')} together`}
      nodeTip={(node, links) =>
        `${node.label}: ${plural(node.papers, 'paper')} · wrote with ${plural(links, 'author')} on the map`
      }
      nodeHref={hrefFor ? (node) => hrefFor(node.key) : undefined}
      nodeLinkLabel={(node) => `Filter to papers by ${node.label}`}
      keyAttribute="data-author"
      label="Co-authorship map of the top authors"
      legend={(shown, nodes) =>
        `circle area = papers · line width = papers written together · ${shown} of ${nodes} names shown (all in tooltips)${hidden}`
      }
      width={width}
      height={height}
      seed={seed}
      ticks={ticks}
      labelled={labelled}
      maxLabel={24}
    />
  );
}
