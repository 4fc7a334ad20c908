package io.agritrace.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A rice lineage of a chosen size, as a mill's would be: farm lots collected
 * into depot lots, milled into one lot of rice, packed into lots of packs,
 * shipped to distribution centres and on to shops.
 */
final class GeneratedLineage {

	private GeneratedLineage() {
	}

	/** About {@code size} nodes: farms, then a fifth as many collections, packs, centres and shops. */
	static LineageGraph of(int size) {
		List<LineageGraph.Node> nodes = new ArrayList<>();
		List<LineageGraph.Link> links = new ArrayList<>();
		int farms = size * 2 / 5;
		int collections = Math.max(1, farms / 4);
		int packs = Math.max(1, size / 10);
		int centres = Math.max(1, size / 20);
		int shops = size - farms - collections - 1 - packs - centres;
		String mill = node(nodes, "mill", "梅河大米 Milled rice", true, LineageGraph.State.ANCHORED); //$NON-NLS-1$ //$NON-NLS-2$
		for (int c = 0; c < collections; c++) {
			String collection = node(nodes, "collection-" + c, "稻谷 Paddy", false, LineageGraph.State.PENDING); //$NON-NLS-1$ //$NON-NLS-2$
			links.add(new LineageGraph.Link(collection, mill, "800 t", 800_000)); //$NON-NLS-1$
			for (int f = c; f < farms; f += collections) {
				String farm = node(nodes, "farm-" + f, "稻谷 Paddy", false, LineageGraph.State.VERIFIED); //$NON-NLS-1$ //$NON-NLS-2$
				links.add(new LineageGraph.Link(farm, collection, "24 t", 24_000)); //$NON-NLS-1$
			}
		}
		List<String> centreIds = new ArrayList<>();
		for (int d = 0; d < centres; d++) {
			centreIds.add(node(nodes, "centre-" + d, "Changchun DC", false, LineageGraph.State.FLAGGED)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int p = 0; p < packs; p++) {
			String pack = node(nodes, "pack-" + p, "5 kg packs", false, LineageGraph.State.ANCHORED); //$NON-NLS-1$ //$NON-NLS-2$
			links.add(new LineageGraph.Link(mill, pack, "2.5 t", 2_500)); //$NON-NLS-1$
			links.add(new LineageGraph.Link(pack, centreIds.get(p % centres), "", 0)); //$NON-NLS-1$
		}
		for (int s = 0; s < shops; s++) {
			String shop = node(nodes, "shop-" + s, "Shop lot", false, LineageGraph.State.MISMATCH); //$NON-NLS-1$ //$NON-NLS-2$
			links.add(new LineageGraph.Link(centreIds.get(s % centres), shop, "200 kg", 200)); //$NON-NLS-1$
		}
		return new LineageGraph(nodes, links);
	}

	private static String node(List<LineageGraph.Node> nodes, String id, String product, boolean focus, LineageGraph.State state) {
		nodes.add(new LineageGraph.Node(id, id, List.of(product, "LOT-" + id, "1,000 kg · 梅河口合作社"), id, //$NON-NLS-1$ //$NON-NLS-2$
				state,
				focus));
		return id;
	}
}
