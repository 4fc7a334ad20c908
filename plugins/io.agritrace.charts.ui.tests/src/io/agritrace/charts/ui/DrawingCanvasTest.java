package io.agritrace.charts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agritrace.charts.Drawing;

/** The canvas draws a picture once and paints it again from memory until what it shows changes. */
class DrawingCanvasTest {

	private final AtomicInteger draws = new AtomicInteger();
	private final Drawing counted = (g, area) -> draws.incrementAndGet();
	private Shell shell;
	private DrawingCanvas canvas;

	@BeforeEach
	void open() {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(300, 200);
		canvas = new DrawingCanvas(shell);
		shell.open();
		canvas.show(counted);
		paintUntil(() -> draws.get() > 0);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void paintingAgainDrawsNothingNew() {
		assertEquals(1, draws.get(), "the first paint draws the picture");

		for (int i = 0; i < 3; i++) {
			canvas.redraw();
			paintUntil(() -> false);
		}

		assertEquals(1, draws.get(), "later paints show the picture drawn first");
	}

	@Test
	void aNewDrawingOrSizeIsDrawnAgain() {
		canvas.show(counted);
		paintUntil(() -> draws.get() > 1);
		assertEquals(2, draws.get(), "a drawing shown again is drawn again");

		shell.setSize(400, 260);
		paintUntil(() -> draws.get() > 2);
		assertTrue(draws.get() > 2, "a canvas of another size draws again");
	}

	/**
	 * A graph too large to read whole: fitting it keeps its text readable
	 * (zoom 1, the smallest text at 10 pt), from its top left, and the scroll
	 * bars reach the rest.
	 */
	@Test
	void fittingAGraphTooLargeToReadWholeScrollsInstead() {
		List<Rectangle2D> areas = new ArrayList<>();
		Drawing graph = new Drawing() {
			@Override
			public void draw(Graphics2D g, Rectangle2D area) {
				areas.add(area);
			}

			@Override
			public Dimension naturalSize() {
				return new Dimension(3000, 1500);
			}
		};
		canvas.dispose();
		canvas = new DrawingCanvas(shell, SWT.H_SCROLL | SWT.V_SCROLL);
		shell.layout();
		canvas.show(graph);
		canvas.fit();
		paintUntil(() -> !areas.isEmpty());

		assertEquals(1, canvas.zoom(), "readable, not shrunk to the window");
		assertEquals(0, areas.get(areas.size() - 1).getX(), "from its left");
		ScrollBar across = canvas.getHorizontalBar();
		assertTrue(across.getVisible() && canvas.getVerticalBar().getVisible(), "scroll bars to the rest");
		assertEquals(3000, across.getMaximum());

		across.setSelection(500);
		across.notifyListeners(SWT.Selection, new Event());
		paintUntil(() -> areas.get(areas.size() - 1).getX() == -500);
		assertEquals(-500, areas.get(areas.size() - 1).getX(), "scrolled 500 px to the right");

		canvas.show(counted);
		assertFalse(across.getVisible(), "a chart fills the canvas: no scroll bars");
	}

	/** Runs the UI's work, paints included, until the condition holds or half a second has passed. */
	private void paintUntil(BooleanSupplier condition) {
		long end = System.nanoTime() + 500_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < end) {
			canvas.update();
			if (!shell.getDisplay().readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
	}
}
