package io.agritrace.charts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
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
	 * A graph too large to read whole opens readable (zoom 1, the smallest text
	 * at 10 pt) around its focus, the scroll bars reaching the rest; fitting it
	 * shows all of it, however small, with no scroll bars: it had kept zoom 1
	 * and shown its top left only.
	 */
	@Test
	void aGraphTooLargeToReadWholeOpensAroundItsFocusAndFitsWhole() {
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

			@Override
			public Point2D focus() {
				return new Point2D.Double(1200, 700);
			}
		};
		canvas.dispose();
		canvas = new DrawingCanvas(shell, SWT.H_SCROLL | SWT.V_SCROLL);
		shell.layout();
		canvas.show(graph);
		paintUntil(() -> !areas.isEmpty());

		Rectangle client = canvas.getClientArea();
		assertEquals(1, canvas.zoom(), "readable, not shrunk to the window");
		Rectangle2D opened = areas.get(areas.size() - 1);
		// Within a scroll bar's width: the bars shown take it from the window the focus was centred in.
		assertEquals(client.width / 2.0, opened.getX() + 1200, 20, "the focus centred across");
		assertEquals(client.height / 2.0, opened.getY() + 700, 20, "and down");
		ScrollBar across = canvas.getHorizontalBar();
		assertTrue(across.getVisible() && canvas.getVerticalBar().getVisible(), "scroll bars to the rest");
		assertEquals(3000, across.getMaximum());

		across.setSelection(500);
		across.notifyListeners(SWT.Selection, new Event());
		paintUntil(() -> areas.get(areas.size() - 1).getX() == -500);
		assertEquals(-500, areas.get(areas.size() - 1).getX(), "scrolled 500 px to the right");

		canvas.fit();
		paintUntil(() -> areas.get(areas.size() - 1).getX() != -500);
		Rectangle2D whole = areas.get(areas.size() - 1);
		Rectangle now = canvas.getClientArea();
		assertTrue(new Rectangle2D.Double(0, 0, now.width, now.height).contains(whole), whole + " inside " + now);
		assertTrue(canvas.zoom() >= Math.min(client.width / 3000.0, client.height / 1500.0) - 1e-9, "as large as fits");
		assertFalse(across.getVisible() || canvas.getVerticalBar().getVisible(), "nothing to scroll to");

		canvas.show(counted);
		assertFalse(across.getVisible(), "a chart fills the canvas: no scroll bars");
	}

	/**
	 * The issue: Ctrl+F (Find by Code) did nothing once a chart was clicked: the canvas, listening to no key, took no
	 * focus, and the keys went on to the control the user had left. A click gives the chart the focus, as a click on a
	 * table or a field does, so that the window's keys are heard from it.
	 */
	@Test
	void aClickGivesTheChartTheKeyboardsFocus() {
		Text field = new Text(shell, SWT.BORDER);
		shell.layout();
		shell.forceActive();
		field.setFocus();
		paintUntil(field::isFocusControl);
		assertTrue(field.isFocusControl(), "the keyboard starts in the field");

		Point centre = canvas.toDisplay(canvas.getSize().x / 2, canvas.getSize().y / 2);
		post(SWT.MouseMove, e -> {
			e.x = centre.x;
			e.y = centre.y;
		});
		post(SWT.MouseDown, e -> e.button = 1);
		post(SWT.MouseUp, e -> e.button = 1);
		paintUntil(canvas::isFocusControl);

		assertTrue(canvas.isFocusControl(), "the focus is on " + shell.getDisplay().getFocusControl());
	}

	/** Sends an event as the mouse does, through the X server, and runs the UI's work until it has come. */
	private void post(int type, Consumer<Event> details) {
		Event event = new Event();
		event.type = type;
		details.accept(event);
		shell.getDisplay().post(event);
		paintUntil(() -> false);
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
