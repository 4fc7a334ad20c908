package io.agritrace.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineageLayoutTest {

	@Test
	void placesEveryNodeOfASixtyNodeLineageWithoutOverlap() throws IOException {
		LineageGraph graph = GeneratedLineage.of(60);
		LineageLayout.Placed placed = new LineageLayout(ChartTheme.standard()).place(graph);
		Pictures.save("lineage-60.png", new LineageDrawing(placed, ChartTheme.standard(), //$NON-NLS-1$
				List.of("Mismatch", "Failed inspection", "Flagged", "Pending", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						"Anchored", "Verified"))); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(graph.nodes().size(), placed.nodes().size());
		List<Rectangle2D> boxes = placed.nodes().stream().map(LineageLayout.PlacedNode::bounds).toList();
		for (int i = 0; i < boxes.size(); i++) {
			Rectangle2D box = boxes.get(i);
			assertTrue(box.getWidth() > 0 && box.getHeight() > 0, "node " + i + " has a size"); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(box.getMaxX() <= placed.size().width && box.getMaxY() <= placed.size().height, "node " + i //$NON-NLS-1$
					+ " inside"); //$NON-NLS-1$
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(box.intersects(boxes.get(j)), "nodes " + i + " and " + j //$NON-NLS-1$ //$NON-NLS-2$
						+ " overlap"); //$NON-NLS-1$
			}
		}
		for (LineageLayout.PlacedLink link : placed.links()) {
			assertTrue(link.points().size() >= 2, "every link is routed"); //$NON-NLS-1$
		}
	}

	/** A box is as wide as its longest line drawn at any zoom: "1,387 千克" ran past its edge when zoomed. */
	@Test
	void everyLineStaysInsideItsBoxAtAnyZoom() {
		ChartTheme theme = ChartTheme.standard();
		LineageGraph.Node node = new LineageGraph.Node("hongshen", "RG2611-00016", List.of("吉林长白山红参", //$NON-NLS-1$ //$NON-NLS-2$
				"RG2611-00016 · 1,387 千克", "抚松参业加工厂", "抚松参业加工有限公司"), "", LineageGraph.State.VERIFIED, true);
		LineageLayout.Placed placed = new LineageLayout(theme).place(new LineageGraph(List.of(node), List.of()));
		Rectangle2D box = placed.nodes().get(0).bounds();
		double room = box.getWidth() - 2 * LineageLayout.PADDING - theme.size(6);
		for (double zoom : new double[] { 0.5, 0.75, 1, 1.25, 1.6, 2 }) {
			Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
			ChartTheme.smooth(g);
			g.scale(zoom, zoom);
			for (int i = 0; i < node.lines().size(); i++) {
				Font font = i == 0 ? theme.strong() : theme.small();
				double width = g.getFontMetrics(font).getStringBounds(node.lines().get(i), g).getWidth();
				assertTrue(width <= room, "at zoom " + zoom + " " + node.lines().get(i) + " is " + width + " of " + room);
			}
			g.dispose();
		}
	}

	/** Six states in a row were wider than the Recall flow beside the scenario: "Verified on chai". */
	@Test
	void theLegendNamesOnlyTheStatesItsLotsAreIn() {
		ChartTheme theme = ChartTheme.standard();
		LineageGraph.Node node = new LineageGraph.Node("rice", "MR2611-00014", //$NON-NLS-1$ //$NON-NLS-2$
				List.of("Meihe rice"), "", LineageGraph.State.VERIFIED, true); //$NON-NLS-1$ //$NON-NLS-2$
		LineageDrawing drawing = new LineageDrawing(new LineageLayout(theme).place(new LineageGraph(List.of(node), List.of())), theme,
				List.of("Mismatch on chain", "Failed inspection", "Flagged", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"Awaiting anchor", "Anchored", "Verified on chain")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Dimension size = drawing.naturalSize();
		BufferedImage picture = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = picture.createGraphics();
		drawing.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
		g.dispose();
		int mismatch = ChartTheme.VERMILLION.getRGB();
		int green = ChartTheme.GREEN.getRGB();
		boolean anyMismatch = false;
		boolean anyGreen = false;
		for (int x = 0; x < size.width; x++) {
			for (int y = 0; y < size.height; y++) {
				anyMismatch |= picture.getRGB(x, y) == mismatch;
				anyGreen |= picture.getRGB(x, y) == green;
			}
		}
		assertTrue(anyGreen, "the verified lot's state in the legend");
		assertFalse(anyMismatch, "no swatch for a state no lot is in");
	}

	@Test
	void layersRunFromTheFarmsToTheShops() {
		LineageLayout.Placed placed = new LineageLayout(ChartTheme.standard()).place(GeneratedLineage.of(60));

		double farm = x(placed, "farm-0"); //$NON-NLS-1$
		double mill = x(placed, "mill"); //$NON-NLS-1$
		double shop = x(placed, "shop-0"); //$NON-NLS-1$
		assertTrue(farm < mill && mill < shop, "farm " + farm + ", mill " + mill + ", shop " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ shop);
	}

	@Test
	void labelledLinksGetALabelPlace() {
		LineageLayout.Placed placed = new LineageLayout(ChartTheme.standard()).place(GeneratedLineage.of(20));

		for (LineageLayout.PlacedLink link : placed.links()) {
			if (link.link().label().isEmpty()) {
				assertEquals(null, link.label());
			} else {
				assertNotNull(link.label(), link.link().label());
			}
		}
	}

	@Test
	void hitTestingFindsTheNodeUnderThePointerAtAnyScale() {
		LineageDrawing drawing = new LineageDrawing(new LineageLayout(ChartTheme.standard()).place(GeneratedLineage.of(20)),
				ChartTheme.standard(),
				List.of("m", "f", "r", "p", "a", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						"v")); //$NON-NLS-1$
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Dimension size = drawing.naturalSize();
		drawing.draw(image.createGraphics(), new Rectangle2D.Double(100, 50, size.width * 0.5, size.height * 0.5));

		LineageLayout.PlacedNode mill = drawing.placed().nodes().stream().filter(n -> n.node().id().equals("mill")) //$NON-NLS-1$
				.findFirst().orElseThrow();
		int legend = ChartTheme.standard().size(24);
		double x = 100 + mill.bounds().getCenterX() * 0.5;
		double y = 50 + (mill.bounds().getCenterY() + legend) * 0.5;
		assertEquals("mill", drawing.itemAt(x, y)); //$NON-NLS-1$
		assertEquals(null, drawing.itemAt(99, 49));
	}

	private static double x(LineageLayout.Placed placed, String id) {
		return placed.nodes().stream().filter(n -> n.node().id().equals(id)).findFirst().orElseThrow().bounds().getX();
	}
}
