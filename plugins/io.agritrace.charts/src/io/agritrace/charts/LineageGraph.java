package io.agritrace.charts;

import java.util.List;

/**
 * A lot's lineage as the lineage chart draws it: each lot at each place it was
 * held as a node, and the events that link them (transformations,
 * aggregations, shipments) as edges.
 *
 * @param nodes every lot at every place, the focus lot's among them
 * @param links every link between two of the nodes
 */
public record LineageGraph(List<Node> nodes, List<Link> links) {

	/** How a lot stands, worst first: the colour of its node. */
	public enum State {
		MISMATCH, FAILED_INSPECTION, FLAGGED, PENDING, ANCHORED, VERIFIED
	}

	/**
	 * @param id      the node's own key, which links name
	 * @param item    the lot's identifier, which a double-click opens
	 * @param lines   what the node shows: product, lot number and quantity, holder or place
	 * @param details the hover text
	 * @param state   the lot's state
	 * @param focus   true for the lot the chart is about
	 */
	public record Node(String id, String item, List<String> lines, String details, State state, boolean focus) {
	}

	/**
	 * @param label the quantity and the kind of link, e.g. "transformation 8,000 kg"
	 * @param kg    the kilograms it carried, which its width shows; 0 when not known or not a mass
	 */
	public record Link(String from, String to, String label, double kg) {
	}

	public LineageGraph {
		nodes = List.copyOf(nodes);
		links = List.copyOf(links);
	}
}
