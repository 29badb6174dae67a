import { forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { scaleSqrt } from 'd3-scale';
import { useMemo } from 'preact/hooks';
import { actorHref } from '../router';

export interface GraphActor {
  key: string;
  name: string;
  /** Articles shared with the centre actor (its own article count for the centre). */
  documents: number;
}

interface Node extends SimulationNodeDatum, GraphActor {
  radius: number;
  isCentre: boolean;
}

const SIZE = 480;
/** Ticks the layout runs before it is drawn: drawn once, settled, no animation. */
const TICKS = 300;

/** An actor and the actors named in the same articles, laid out by d3-force; each node links to its actor page. */
export function ForceGraph({ centre, neighbours }: { centre: GraphActor; neighbours: readonly GraphActor[] }) {
  // The centre is made anew by each render of the page; its key and the neighbours are what the layout depends on.
  const { nodes, extent } = useMemo(() => layout(centre, neighbours), [centre.key, neighbours]);
  const [centreNode, ...others] = nodes;
  const strongest = Math.max(1, ...neighbours.map((actor) => actor.documents));
  return (
    <svg class="force-graph" viewBox={`${extent.x} ${extent.y} ${extent.width} ${extent.height}`} role="img" aria-label={`actors named with ${centre.name}`}>
      <g class="links">
        {others.map((node) => (
          <line key={node.key} x1={centreNode!.x} y1={centreNode!.y} x2={node.x} y2={node.y} stroke-width={1 + (3 * node.documents) / strongest} />
        ))}
      </g>
      {nodes.map((node) => (
        <a key={node.key} href={actorHref(node.key)} class={node.isCentre ? 'node centre' : 'node'}>
          <title>{node.isCentre ? node.name : `${node.name}: ${node.documents} shared articles`}</title>
          <circle cx={node.x} cy={node.y} r={node.radius} />
          <text x={node.x} y={(node.y ?? 0) + node.radius + 12} text-anchor="middle">{node.name}</text>
        </a>
      ))}
    </svg>
  );
}

function layout(centre: GraphActor, neighbours: readonly GraphActor[]) {
  const radius = scaleSqrt().domain([0, Math.max(1, centre.documents, ...neighbours.map((actor) => actor.documents))]).range([4, 22]);
  const nodes: Node[] = [
    { ...centre, radius: 24, isCentre: true, fx: 0, fy: 0 },
    ...neighbours.map((actor) => ({ ...actor, radius: radius(actor.documents), isCentre: false })),
  ];
  const strongest = Math.max(1, ...neighbours.map((actor) => actor.documents));
  const links = neighbours.map((actor) => ({ source: centre.key, target: actor.key, strength: actor.documents / strongest }));
  forceSimulation(nodes)
    .force('link', forceLink<Node, (typeof links)[number]>(links).id((node) => node.key).distance((link) => 170 - 90 * link.strength))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide<Node>((node) => node.radius + 10))
    .stop()
    .tick(TICKS);
  // The drawing's bounds, with room for the labels under the nodes.
  const xs = nodes.flatMap((node) => [(node.x ?? 0) - node.radius - 60, (node.x ?? 0) + node.radius + 60]);
  const ys = nodes.flatMap((node) => [(node.y ?? 0) - node.radius - 8, (node.y ?? 0) + node.radius + 20]);
  const x = Math.min(-SIZE / 2, ...xs);
  const y = Math.min(-SIZE / 3, ...ys);
  return { nodes, extent: { x, y, width: Math.max(SIZE / 2, ...xs) - x, height: Math.max(SIZE / 3, ...ys) - y } };
}
