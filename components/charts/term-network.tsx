import { EmptyChart, NO_TERMS } from '@/components/charts/empty-chart';
import { NetworkMap } from '@/components/charts/network-map';
import type { TermCooccurrence } from '@/lib/analyze/term-cooccurrence';
import { formatNumber, plural } from '@/lib/format';

export interface TermNetworkProps {
  data: TermCooccurrence;
  width?: number;
  height?: number;
  /** Seed of the layout's random source: the same data and seed give the same map. */
  seed?: number;
  /** Simulation steps, run to the end on the server. */
  ticks?: number;
  /** The largest nodes whose labels take room in the layout; other labels show only where they fit. */
  labelled?: number;
  /** Said when there is no term to show. */
  emptyMessage?: string;
}

/** Co-occurrence map of the top terms: a force layout computed to the end on the server, deterministic. */
export function TermNetwork({
  data,
  width = 720,
  height = 520,
  seed = 1,
  ticks = 300,
  labelled = 30,
  emptyMessage = NO_TERMS,
}: TermNetworkProps) {
  if (data.nodes.length === 0) return <EmptyChart message={emptyMessage} />;
  return (
    <NetworkMap
      data={data}
      weight={(link) => link.strength}
      strokes={[0.8, 4.5]}
      opacities={[0.22, 0.6]}
      linkTip={(a, b, link) =>
        `${a.label} – ${b.label}: ${plural(link.papers, 'paper')} together · association strength ${formatNumber(link.strength)} (1 = as often as chance)`
      }
      nodeTip={(node, links) =>
        `${node.label}: ${plural(node.papers, 'paper')} · linked to ${plural(links, 'term')} on the map`
      }
      keyAttribute="data-term"
      label="Co-occurrence map of the top terms"
      legend={(shown, nodes) =>
        `circle area = papers · line width = association strength · ${shown} of ${nodes} labels shown (all in tooltips)`
      }
      width={width}
      height={height}
      seed={seed}
      ticks={ticks}
      labelled={labelled}
      maxLabel={26}
    />
  );
}
