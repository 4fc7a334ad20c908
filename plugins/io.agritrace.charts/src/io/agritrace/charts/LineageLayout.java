package io.agritrace.charts;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places a lineage with Eclipse ELK's layered algorithm: farm lots on the
 * left, shops on the right, edges routed orthogonally with their labels
 * placed clear of the nodes.
 */
public final class LineageLayout {

	/** Where ELK put a node. */
	public record PlacedNode(LineageGraph.Node node, Rectangle2D bounds) {
	}

	/** Where ELK routed a link, and its label. */
	public record PlacedLink(LineageGraph.Link link, List<Point2D> points, Rectangle2D label) {
	}

	/** A laid-out lineage. */
	public record Placed(List<PlacedNode> nodes, List<PlacedLink> links, Dimension size) {

		/** The lineage that was laid out. */
		public LineageGraph graph() {
			return new LineageGraph(nodes.stream().map(PlacedNode::node).toList(),
					links.stream().map(PlacedLink::link).toList());
		}
	}

	static final int PADDING = 6;

	static {
		// Inside OSGi ELK cannot find its options through ServiceLoader: name them once.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new CoreOptions(), new LayeredMetaDataProvider());
	}

	private final ChartTheme theme;

	public LineageLayout(ChartTheme theme) {
		this.theme = theme;
	}

	public Placed place(LineageGraph graph) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, (double) theme.size(16));
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) theme.size(40));
		root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(theme.size(12)));

		Map<String, ElkNode> elkNodes = new HashMap<>();
		for (LineageGraph.Node node : graph.nodes()) {
			ElkNode n = ElkGraphUtil.createNode(root);
			Dimension size = boxSize(node);
			n.setDimensions(size.width, size.height);
			elkNodes.put(node.id(), n);
		}
		List<ElkEdge> elkEdges = new ArrayList<>();
		for (LineageGraph.Link link : graph.links()) {
			ElkEdge e = ElkGraphUtil.createSimpleEdge(elkNodes.get(link.from()), elkNodes.get(link.to()));
			if (!link.label().isEmpty()) {
				ElkLabel label = ElkGraphUtil.createLabel(link.label(), e);
				Rectangle2D text = ChartTheme.measure(theme.small(), link.label());
				label.setDimensions(Math.ceil(text.getWidth()) + 4, Math.ceil(text.getHeight()) + 2);
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			elkEdges.add(e);
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		List<PlacedNode> nodes = new ArrayList<>();
		for (LineageGraph.Node node : graph.nodes()) {
			ElkNode n = elkNodes.get(node.id());
			nodes.add(new PlacedNode(node, new Rectangle2D.Double(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
		}
		List<PlacedLink> links = new ArrayList<>();
		for (int i = 0; i < elkEdges.size(); i++) {
			ElkEdge e = elkEdges.get(i);
			List<Point2D> points = new ArrayList<>();
			for (ElkEdgeSection section : e.getSections()) {
				points.add(new Point2D.Double(section.getStartX(), section.getStartY()));
				for (ElkBendPoint bend : section.getBendPoints()) {
					points.add(new Point2D.Double(bend.getX(), bend.getY()));
				}
				points.add(new Point2D.Double(section.getEndX(), section.getEndY()));
			}
			Rectangle2D label = e.getLabels().isEmpty() ? null : bounds(e.getLabels().get(0));
			links.add(new PlacedLink(graph.links().get(i), points, label));
		}
		return new Placed(nodes, links, new Dimension((int) Math.ceil(root.getWidth()), (int) Math.ceil(root.getHeight())));
	}

	private static Rectangle2D bounds(ElkLabel label) {
		return new Rectangle2D.Double(label.getX(), label.getY(), label.getWidth(), label.getHeight());
	}

	/** Wide and tall enough for the node's lines in the theme's fonts. */
	private Dimension boxSize(LineageGraph.Node node) {
		double width = 0;
		double height = 0;
		for (int i = 0; i < node.lines().size(); i++) {
			Font font = i == 0 ? theme.strong() : theme.small();
			Rectangle2D text = ChartTheme.measure(font, node.lines().get(i));
			width = Math.max(width, text.getWidth());
			height += text.getHeight();
		}
		return new Dimension((int) Math.ceil(width) + 2 * PADDING + theme.size(6), (int) Math.ceil(height) + 2 * PADDING);
	}
}
