"use client";
import { SigmaContainer, useLoadGraph, useRegisterEvents, useSigma } from "@react-sigma/core";
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { useEffect, useRef } from "react";
import "./network-graph.css";
import { communityPalette as palette, nodeSize, relations, type NetworkData, type NetworkNode } from "./graph-data";
const relationColor = Object.fromEntries(relations.map((r) => [r.id, r.color]));

type GraphProps = {
  nodes: NetworkNode[];
  edges: NetworkData["edges"];
  focus: string | null;
  onSelect: (id: string | null) => void;
  onReady: (order: number) => void;
};

/** sigma 3 over a graphology graph: size by degree, colour by Louvain community, ForceAtlas2 in a web worker. */
export default function NetworkGraph(props: GraphProps) {
  return (
    <SigmaContainer
      style={{ height: "100%", width: "100%", background: "transparent" }}
      settings={{ labelColor: { color: "#a1a1aa" }, labelRenderedSizeThreshold: 8, renderEdgeLabels: false, zIndex: true }}
    >
      <LoadGraph {...props} />
    </SigmaContainer>
  );
}

function LoadGraph({ nodes, edges, focus, onSelect, onReady }: GraphProps) {
  const loadGraph = useLoadGraph();
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  const layoutRef = useRef<FA2LayoutSupervisor | null>(null);

  useEffect(() => {
    const graph = new Graph({ type: "undirected", multi: false });
    nodes.forEach((node, index) => {
      const angle = (index / Math.max(1, nodes.length)) * Math.PI * 2;
      const radius = node.isTrackedAccount ? 1 : 10;
      graph.addNode(node.id, {
        label: `@${node.username}`,
        size: nodeSize(node),
        x: Math.cos(angle) * radius + Math.random(),
        y: Math.sin(angle) * radius + Math.random(),
      });
    });
    for (const edge of edges)
      if (graph.hasNode(edge.source) && graph.hasNode(edge.target) && !graph.hasEdge(edge.source, edge.target))
        graph.addEdge(edge.source, edge.target, { color: relationColor[edge.relation], size: 1 });
    if (graph.size > 0) {
      const communities = louvain(graph);
      graph.forEachNode((id) => graph.setNodeAttribute(id, "color", palette[communities[id] % palette.length]));
    } else graph.forEachNode((id) => graph.setNodeAttribute(id, "color", palette[0]));
    loadGraph(graph);
    onReady(graph.order);

    const layout = new FA2LayoutSupervisor(graph, { settings: { gravity: 1, scalingRatio: 10, barnesHutOptimize: graph.order > 500 } });
    layout.start();
    layoutRef.current = layout;
    const stop = setTimeout(() => layout.stop(), Math.min(6000, 1500 + graph.order));
    return () => {
      clearTimeout(stop);
      layout.kill();
    };
  }, [nodes, edges, loadGraph, onReady]);

  useEffect(() => {
    registerEvents({
      clickNode: (e) => onSelect(e.node),
      clickStage: () => onSelect(null),
    });
  }, [registerEvents, onSelect]);

  useEffect(() => {
    const graph = sigma.getGraph();
    graph.forEachNode((id) => graph.setNodeAttribute(id, "highlighted", id === focus));
    if (!focus || !graph.hasNode(focus)) return;
    // A running layout moves the node (and rescales the frame) after the camera got there: settle it first.
    layoutRef.current?.stop();
    sigma.refresh();
    const position = sigma.getNodeDisplayData(focus);
    if (!position) return;
    const container = sigma.getContainer();
    sigma
      .getCamera()
      .animate({ x: position.x, y: position.y, ratio: 0.3 }, { duration: 400 })
      .then(() => {
        // How far the found node ended from the centre, in pixels: what the browser test checks.
        const { x, y } = sigma.graphToViewport(graph.getNodeAttributes(focus) as { x: number; y: number });
        const { width, height } = sigma.getDimensions();
        container.dataset.focusOffset = String(Math.round(Math.hypot(x - width / 2, y - height / 2)));
      });
  }, [focus, sigma]);

  return null;
}
