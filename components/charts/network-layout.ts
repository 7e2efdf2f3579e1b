import {
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  max,
  min,
  randomLcg,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
  scaleSqrt,
} from 'd3';
import { truncateLabel } from '@/lib/format';

/** A node of a map: sized by papers, labelled by `label`. */
export interface NetworkNode {
  key: string;
  label: string;
  papers: number;
}

/** A link between two nodes, by key; `weight` pulls them together (the stronger, the closer). */
export interface NetworkLink {
  source: string;
  target: string;
}

export interface LaidNode<N extends NetworkNode = NetworkNode> extends SimulationNodeDatum {
  node: N;
  key: string;
  rank: number;
  r: number;
  /** Half the estimated width of the shown label. */
  half: number;
  text: string;
  x: number;
  y: number;
}

export interface NetworkLayoutOptions {
  width: number;
  height: number;
  /** Height kept free at the bottom for a legend. */
  legend: number;
  /** Seed of the layout's random source: the same data and seed give the same map. */
  seed: number;
  /** Simulation steps, run to the end on the server. */
  ticks: number;
  /** The largest nodes whose labels take room in the layout; other labels show only where they fit. */
  labelled: number;
  /** Longest label shown; longer ones are cut with an ellipsis (tooltips keep them whole). */
  maxLabel: number;
}

export interface NetworkLayout<N extends NetworkNode = NetworkNode> {
  nodes: LaidNode<N>[];
  /** Keys of the nodes whose labels are drawn. */
  shown: Set<string>;
}

type LaidLink = SimulationLinkDatum<LaidNode> & { weight: number };

// Average glyph width of the 11.5px label font, to estimate a label's width without a DOM.
const CHAR_WIDTH = 6.3;
const LABEL_HEIGHT = 14;

/** The box a node and its centred label take up, as half width and half height. */
function extent(node: LaidNode, labelled: boolean): [number, number] {
  return [Math.max(node.r, labelled ? node.half : 0), Math.max(node.r, labelled ? LABEL_HEIGHT / 2 : 0)];
}

/**
 * Pushes apart nodes whose boxes (circle and label) overlap, along the axis where they overlap least:
 * labels are wide and short, so most move up or down rather than far sideways.
 */
function forceBoxes(labelled: (node: LaidNode) => boolean, padding = 3) {
  let nodes: LaidNode[] = [];
  // Half extents per node, fixed for the run: the pair loop below is the layout's hot path.
  let halfWidths = new Float64Array(0);
  let halfHeights = new Float64Array(0);
  // Like forceCollide, independent of alpha: overlaps are resolved to the last tick.
  const force = () => {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i] as LaidNode;
      const aw = halfWidths[i] as number;
      const ah = halfHeights[i] as number;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j] as LaidNode;
        const bw = halfWidths[j] as number;
        const bh = halfHeights[j] as number;
        const dx = b.x + (b.vx ?? 0) - a.x - (a.vx ?? 0);
        const dy = b.y + (b.vy ?? 0) - a.y - (a.vy ?? 0);
        const overlapX = aw + bw + padding - Math.abs(dx);
        const overlapY = ah + bh + padding - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        // Exact ties go by rank, so the push never depends on chance.
        const strength = 0.5;
        if (overlapY / (ah + bh) <= overlapX / (aw + bw)) {
          const shift = overlapY * strength * (dy < 0 ? -1 : 1);
          a.vy = (a.vy ?? 0) - shift;
          b.vy = (b.vy ?? 0) + shift;
        } else {
          const shift = overlapX * strength * (dx < 0 ? -1 : 1);
          a.vx = (a.vx ?? 0) - shift;
          b.vx = (b.vx ?? 0) + shift;
        }
      }
    }
  };
  force.initialize = (all: LaidNode[]) => {
    nodes = all;
    halfWidths = Float64Array.from(all, (node) => extent(node, labelled(node))[0]);
    halfHeights = Float64Array.from(all, (node) => extent(node, labelled(node))[1]);
  };
  return force;
}

/**
 * Repulsion between every two nodes (as `forceManyBody`, exact) and the separation of circles that overlap (as
 * `forceCollide`), pair by pair. A map has at most a few dozen nodes: d3's quadtrees, rebuilt three times a tick,
 * cost more here than visiting every pair.
 */
function forcePairs(charge: number, padding: number, iterations: number) {
  let nodes: LaidNode[] = [];
  let random: () => number = Math.random;
  let alpha = 1;
  // Two nodes level on an axis are offset there by a hair, as d3 does, so the push has a direction.
  const jiggle = () => (random() - 0.5) * 1e-6;
  const unstuck = (dx: number, dy: number) => [dx === 0 ? jiggle() : dx, dy === 0 ? jiggle() : dy] as const;
  const repel = () => {
    const count = nodes.length;
    const xs = Float64Array.from(nodes, (node) => node.x);
    const ys = Float64Array.from(nodes, (node) => node.y);
    for (let i = 0; i < count; i++) {
      const node = nodes[i] as LaidNode;
      let vx = 0;
      let vy = 0;
      for (let j = 0; j < count; j++) {
        if (j === i) continue;
        let dx = (xs[j] as number) - (xs[i] as number);
        let dy = (ys[j] as number) - (ys[i] as number);
        if (dx === 0 || dy === 0) [dx, dy] = unstuck(dx, dy);
        let d2 = dx * dx + dy * dy;
        // Closer than a pixel, the push stops growing.
        if (d2 < 1) d2 = Math.sqrt(d2);
        vx += (dx * charge * alpha) / d2;
        vy += (dy * charge * alpha) / d2;
      }
      node.vx = (node.vx ?? 0) + vx;
      node.vy = (node.vy ?? 0) + vy;
    }
  };
  const separate = () => {
    const count = nodes.length;
    for (let i = 0; i < count; i++) {
      const a = nodes[i] as LaidNode;
      const ra = a.r + padding;
      const ax = a.x + (a.vx ?? 0);
      const ay = a.y + (a.vy ?? 0);
      for (let j = i + 1; j < count; j++) {
        const b = nodes[j] as LaidNode;
        const rb = b.r + padding;
        const reach = ra + rb;
        let x = ax - b.x - (b.vx ?? 0);
        let y = ay - b.y - (b.vy ?? 0);
        if (x * x + y * y >= reach * reach) continue;
        if (x === 0 || y === 0) [x, y] = unstuck(x, y);
        const distance = Math.sqrt(x * x + y * y);
        const push = (reach - distance) / distance;
        x *= push;
        y *= push;
        // The smaller circle moves more.
        const share = (rb * rb) / (ra * ra + rb * rb);
        a.vx = (a.vx ?? 0) + x * share;
        a.vy = (a.vy ?? 0) + y * share;
        b.vx = (b.vx ?? 0) - x * (1 - share);
        b.vy = (b.vy ?? 0) - y * (1 - share);
      }
    }
  };
  const force = (currentAlpha: number) => {
    alpha = currentAlpha;
    repel();
    for (let k = 0; k < iterations; k++) separate();
  };
  force.initialize = (all: LaidNode[], source: () => number) => {
    nodes = all;
    random = source;
  };
  return force;
}

/**
 * Positions of a map's nodes and which labels fit: a force layout computed to the end on the server, deterministic,
 * with circles and the labels of the largest nodes kept apart and inside the box. Nodes come in rank order.
 */
export function layoutNetwork<N extends NetworkNode, L extends NetworkLink>(
  data: { nodes: readonly N[]; links: readonly L[] },
  weight: (link: L) => number,
  { width, height, legend, seed, ticks, labelled, maxLabel }: NetworkLayoutOptions,
): NetworkLayout<N> {
  const pad = 6;
  const boxBottom = height - legend;
  const cx = width / 2;
  const cy = boxBottom / 2;
  const radius = scaleSqrt([0, max(data.nodes, (n) => n.papers) ?? 1], [0, Math.min(26, width / 26)]);
  const nodes: LaidNode<N>[] = data.nodes.map((node, rank) => {
    const text = truncateLabel(node.label, maxLabel);
    // Seeded on a sunflower spiral in rank order, so the start never depends on chance.
    const angle = rank * Math.PI * (3 - Math.sqrt(5));
    const distance = 14 * Math.sqrt(rank + 0.5);
    return {
      node,
      key: node.key,
      rank,
      r: Math.max(4, radius(node.papers)),
      half: (text.length * CHAR_WIDTH) / 2 + 2,
      text,
      x: cx + distance * Math.cos(angle),
      y: cy + distance * Math.sin(angle),
    };
  });
  const links: LaidLink[] = data.links.map((link) => ({
    source: link.source,
    target: link.target,
    weight: weight(link),
  }));
  const lowest = min(links, (l) => l.weight) ?? 0;
  const highest = max(links, (l) => l.weight) ?? 1;
  const relative = (s: number) => (highest > lowest ? (s - lowest) / (highest - lowest) : 0.5);
  const hasLabel = (node: LaidNode) => node.rank < labelled;

  const simulation = forceSimulation<LaidNode>(nodes)
    .randomSource(randomLcg(seed))
    .force(
      'link',
      forceLink<LaidNode, LaidLink>(links)
        .id((node) => node.key)
        .distance((link) => (link.source as LaidNode).r + (link.target as LaidNode).r + 36)
        .strength((link) => 0.03 + 0.3 * relative(link.weight)),
    )
    .force('pairs', forcePairs(-260, 3, 2))
    .force('boxes', forceBoxes(hasLabel))
    .force('x', forceX<LaidNode>(cx).strength(0.04))
    .force('y', forceY<LaidNode>(cy).strength(0.06))
    .stop();
  const bounds = nodes.map((node) => {
    const [halfWidth, halfHeight] = extent(node, hasLabel(node));
    return [
      pad + halfWidth,
      width - pad - halfWidth,
      pad + halfHeight,
      boxBottom - pad - halfHeight,
    ] as const;
  });
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    nodes.forEach((node, n) => {
      const [left, right, top, bottom] = bounds[n] as (typeof bounds)[number];
      node.x = Math.min(right, Math.max(left, node.x));
      node.y = Math.min(bottom, Math.max(top, node.y));
    });
  }

  // Labels in rank order, each only where it overlaps no label already placed.
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const shown = new Set<string>();
  for (const node of nodes) {
    const box = {
      x0: node.x - node.half,
      x1: node.x + node.half,
      y0: node.y - LABEL_HEIGHT / 2,
      y1: node.y + LABEL_HEIGHT / 2,
    };
    const inside = box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= boxBottom;
    const free = placed.every((b) => box.x1 <= b.x0 || box.x0 >= b.x1 || box.y1 <= b.y0 || box.y0 >= b.y1);
    if (inside && free) {
      placed.push(box);
      shown.add(node.key);
    }
  }
  return { nodes, shown };
}

/** Rounds a coordinate to a tenth of a pixel, so the markup stays short. */
export const round = (value: number) => Math.round(value * 10) / 10;
