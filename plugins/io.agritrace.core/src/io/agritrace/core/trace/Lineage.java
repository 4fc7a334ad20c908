package io.agritrace.core.trace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A lineage graph around one identifier, upstream (what it was made from, back
 * to the farm) or downstream (everything made from it). Identifiers are
 * canonical; a diamond (split then merge) appears once per edge, each node once.
 *
 * @param root  the identifier traced
 * @param edges every link found, in breadth-first order from the root
 */
public record Lineage(String root, List<LineageEdge> edges) {

	/** Every identifier in the graph but the root, nearest first. */
	public Set<String> items(boolean upstream) {
		Set<String> items = new LinkedHashSet<>();
		for (LineageEdge e : edges) {
			items.add(upstream ? e.from() : e.to());
		}
		items.remove(root);
		return items;
	}

	/** Identifiers with no further link in this direction: the farm lots upstream, final lots downstream. */
	public List<String> ends(boolean upstream) {
		return items(upstream).stream()
				.filter(item -> edges.stream().noneMatch(e -> item.equals(upstream ? e.to() : e.from()))).toList();
	}
}
