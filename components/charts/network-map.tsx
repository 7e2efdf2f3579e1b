import './charts.css';
import { max, min, scaleLinear } from 'd3';
import {
  type LaidNode,
  layoutNetwork,
  type NetworkLink,
  type NetworkNode,
  round,
} from '@/components/charts/network-layout';
import { memoOn } from '@/lib/memo-on';

export interface NetworkMapProps<N extends NetworkNode, L extends NetworkLink> {
  data: { nodes: readonly N[]; links: readonly L[] };
  /** What pulls two nodes together and thickens their line. */
  weight: (link: L) => number;
  /** Line widths and opacities of the weakest and the strongest link. */
  strokes: readonly [number, number];
  opacities: readonly [number, number];
  linkTip: (a: N, b: N, link: L) => string;
  /** `links` = how many lines the node has on the map. */
  nodeTip: (node: N, links: number) => string;
  /** Where clicking a node goes (a filter); no links without it. */
  nodeHref?: (node: N) => string;
  /** Says what a node's link does, for screen readers. */
  nodeLinkLabel?: (node: N) => string;
  /** The attribute that names each node's key in the markup. */
  keyAttribute: `data-${string}`;
  label: string;
  legend: (shown: number, nodes: number) => string;
  width: number;
  height: number;
  seed: number;
  ticks: number;
  labelled: number;
  maxLabel: number;
}

const LEGEND_HEIGHT = 22;

/**
 * A map of nodes and the links between them, laid out to the end on the server (deterministic), labels kept apart:
 * the term map and the co-authorship map.
 */
export function NetworkMap<N extends NetworkNode, L extends NetworkLink>({
  data,
  weight,
  strokes,
  opacities,
  linkTip,
  nodeTip,
  nodeHref,
  nodeLinkLabel = (node) => `Filter to ${node.label}`,
  keyAttribute,
  label,
  legend,
  width,
  height,
  seed,
  ticks,
  labelled,
  maxLabel,
}: NetworkMapProps<N, L>) {
  const { nodes, shown } = memoOn(data, `${width}x${height}:${seed}:${ticks}:${labelled}`, () =>
    layoutNetwork(data, weight, { width, height, legend: LEGEND_HEIGHT, seed, ticks, labelled, maxLabel }),
  );
  const lowest = min(data.links, weight) ?? 0;
  const highest = max(data.links, weight) ?? 1;
  const stroke = scaleLinear([lowest, highest], strokes);
  const opacity = scaleLinear([lowest, highest], opacities);
  const degree = new Map<string, number>();
  for (const link of data.links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  const byKey = new Map<string, LaidNode<N>>(nodes.map((node) => [node.key, node]));

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role={nodeHref ? 'group' : 'img'}
      aria-label={label}
      className="chart"
    >
      <g className="net-links">
        {data.links.map((link) => {
          const a = byKey.get(link.source);
          const b = byKey.get(link.target);
          if (!a || !b) return null;
          return (
            <line
              key={`${link.source}|${link.target}`}
              className="net-link"
              x1={round(a.x)}
              y1={round(a.y)}
              x2={round(b.x)}
              y2={round(b.y)}
              strokeWidth={round(stroke(weight(link)))}
              strokeOpacity={Math.round(opacity(weight(link)) * 100) / 100}
              data-tip={linkTip(a.node, b.node, link)}
            />
          );
        })}
      </g>
      <g className="net-nodes">
        {nodes.map((node) => {
          const circle = (
            <g
              key={node.key}
              className="net-node"
              {...{ [keyAttribute]: node.key }}
              data-tip={nodeTip(node.node, degree.get(node.key) ?? 0)}
            >
              <circle className="net-circle" cx={round(node.x)} cy={round(node.y)} r={round(node.r)} />
            </g>
          );
          return nodeHref ? (
            <a key={node.key} href={nodeHref(node.node)} aria-label={nodeLinkLabel(node.node)}>
              {circle}
            </a>
          ) : (
            circle
          );
        })}
      </g>
      <g className="net-labels">
        {nodes
          .filter((node) => shown.has(node.key))
          .map((node) => (
            <text
              key={node.key}
              className="net-label"
              {...{ [keyAttribute]: node.key }}
              x={round(node.x)}
              y={round(node.y)}
              dy="0.35em"
              textAnchor="middle"
            >
              {node.text}
            </text>
          ))}
      </g>
      <g className="legend">
        <text x={0} y={height - 6}>
          {legend(shown.size, nodes.length)}
        </text>
      </g>
    </svg>
  );
}
