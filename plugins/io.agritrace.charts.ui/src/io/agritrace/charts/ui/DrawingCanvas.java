package io.agritrace.charts.ui;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ScrollBar;

import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.Drawing;
import io.agritrace.charts.DrawingExport;
import io.agritrace.charts.DrawingView;
import io.agritrace.charts.ui.internal.Messages;

/**
 * Shows a drawing on an SWT canvas, drawn with Java 2D as its exports are.
 * A drawing with a natural size (a graph) opens as {@link DrawingView} places
 * it, readable around its focus; it zooms with the wheel or the menu, pans by
 * dragging or with scroll bars and fits the window whole on request; a chart
 * fills the canvas. A click gives it the keyboard's focus (the window's keys,
 * Ctrl+F among them, then act from it). Hover shows the item's tooltip, a double-click hands the item to a listener, and the
 * context menu copies the picture or exports it as PNG or SVG in a Job.
 * The picture is drawn once per drawing, size and view, and kept: a form
 * scrolled over the canvas or a window uncovering it repaints from it.
 */
public final class DrawingCanvas extends Canvas {

	private static final double ZOOM_STEP = 1.25;

	/** How the canvas places a zoomable drawing when its size changes. */
	private enum View {
		/** The whole, if readable; else the focus at a readable size. */
		FIRST,
		/** The whole, however small: an overview the user asked for. */
		FIT,
		/** Where the user zoomed and dragged it. */
		MANUAL
	}

	private Drawing drawing;
	private double zoom = 1;
	private double panX;
	private double panY;
	private View view = View.FIRST;
	private boolean wholeChosen;
	private Point dragFrom;
	private Consumer<String> opener = item -> {
	};
	/** The picture last drawn; null once the drawing, the canvas's size or the view changes. */
	private Image picture;

	public DrawingCanvas(Composite parent) {
		this(parent, SWT.NONE);
	}

	/**
	 * @param style {@code SWT.H_SCROLL | SWT.V_SCROLL} for a graph that may be too large to read whole: scroll bars
	 *              reach the rest (a chart's canvas has none, so that the wheel over it scrolls the page)
	 */
	public DrawingCanvas(Composite parent, int style) {
		super(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | style);
		ScrollBar across = getHorizontalBar();
		ScrollBar down = getVerticalBar();
		if (across != null) {
			across.addListener(SWT.Selection, e -> scrollTo(-across.getSelection(), panY));
			across.setVisible(false);
		}
		if (down != null) {
			down.addListener(SWT.Selection, e -> scrollTo(panX, -down.getSelection()));
			down.setVisible(false);
		}
		addPaintListener(e -> paint(e.gc));
		addListener(SWT.Dispose, e -> forget());
		addListener(SWT.Resize, e -> place());
		addListener(SWT.MouseMove, e -> hover(e.x, e.y));
		addListener(SWT.MouseDown, e -> {
			// A canvas that hears no keys takes no focus on a click; the keyboard would stay in a control the user left.
			setFocus();
			dragFrom = e.button == 1 ? new Point(e.x, e.y) : null;
		});
		addListener(SWT.MouseUp, e -> dragFrom = null);
		addListener(SWT.MouseVerticalWheel, e -> zoomAt(e.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.x, e.y));
		addListener(SWT.MouseDoubleClick, e -> {
			String item = drawing == null ? null : drawing.itemAt(e.x, e.y);
			if (item != null) {
				opener.accept(item);
			}
		});
		setMenu(menu());
	}

	/** Shows a drawing: whole if it is readable so (or the user chose to see it whole), else around its focus. */
	public void show(Drawing newDrawing) {
		drawing = newDrawing;
		view = wholeChosen ? View.FIT : View.FIRST;
		place();
	}

	/**
	 * A check box that shows a zoomable drawing whole while it is ticked, as
	 * small as it takes, and readable around its focus once it is not: what a
	 * graph too big to read whole offers beside it.
	 */
	public Button wholeToggle(Composite parent) {
		Button whole = new Button(parent, SWT.CHECK);
		whole.setText(Messages.DrawingCanvas_fitWhole);
		whole.setToolTipText(Messages.DrawingCanvas_fitWholeTip);
		whole.addListener(SWT.Selection, e -> {
			wholeChosen = whole.getSelection();
			view = wholeChosen ? View.FIT : View.FIRST;
			place();
		});
		return whole;
	}

	public Drawing drawing() {
		return drawing;
	}

	/** Who opens the item double-clicked (a lot's identifier). */
	public void onOpen(Consumer<String> listener) {
		opener = listener;
	}

	public boolean zoomable() {
		return drawing != null && drawing.naturalSize() != null;
	}

	/** The whole drawing in the canvas, however small its text: an overview. */
	public void fit() {
		view = View.FIT;
		place();
	}

	/** How much a zoomable drawing is enlarged (below 1: shrunk) on the canvas now; 1 for a chart. */
	public double zoom() {
		return zoomable() ? zoom : 1;
	}

	private void place() {
		if (zoomable() && view != View.MANUAL) {
			Rectangle client = getClientArea();
			DrawingView placed = DrawingView.of(drawing, client.width, client.height, view == View.FIT);
			zoom = placed.zoom();
			panX = placed.x();
			panY = placed.y();
		}
		repaint();
	}

	/** Pans a zoomable drawing to a place, from its scroll bars. */
	private void scrollTo(double x, double y) {
		view = View.MANUAL;
		panX = x;
		panY = y;
		repaint();
	}

	/** Scroll bars where a zoomable drawing is larger than the window, at where it is panned; none for a chart. */
	private void showScrollBars() {
		Dimension size = zoomable() ? drawing.naturalSize() : null;
		Rectangle client = getClientArea();
		bar(getHorizontalBar(), size == null ? 0 : size.width * zoom, client.width, -panX);
		bar(getVerticalBar(), size == null ? 0 : size.height * zoom, client.height, -panY);
	}

	private static void bar(ScrollBar bar, double content, int window, double offset) {
		if (bar == null) {
			return;
		}
		boolean needed = window > 0 && content > window + 1;
		if (needed) {
			int whole = (int) Math.ceil(content);
			bar.setValues((int) Math.round(Math.max(0, Math.min(offset, whole - window))), 0, whole, window,
					Math.max(1, window / 10), Math.max(1, window - window / 10));
		}
		if (bar.getVisible() != needed) {
			bar.setVisible(needed);
		}
	}

	public void zoomBy(double factor) {
		Rectangle client = getClientArea();
		zoomAt(factor, client.width / 2, client.height / 2);
	}

	private void zoomAt(double factor, int x, int y) {
		if (!zoomable()) {
			return;
		}
		view = View.MANUAL;
		double next = Math.max(0.05, Math.min(8, zoom * factor));
		panX = x - (x - panX) * next / zoom;
		panY = y - (y - panY) * next / zoom;
		zoom = next;
		repaint();
	}

	private void hover(int x, int y) {
		if (dragFrom != null && zoomable()) {
			view = View.MANUAL;
			panX += x - dragFrom.x;
			panY += y - dragFrom.y;
			dragFrom = new Point(x, y);
			repaint();
			return;
		}
		String tip = drawing == null ? null : drawing.tooltipAt(x, y);
		if (!java.util.Objects.equals(tip, getToolTipText())) {
			setToolTipText(tip);
		}
	}

	private Rectangle2D area() {
		Rectangle client = getClientArea();
		if (!zoomable()) {
			return new Rectangle2D.Double(0, 0, client.width, client.height);
		}
		Dimension size = drawing.naturalSize();
		return new Rectangle2D.Double(panX, panY, size.width * zoom, size.height * zoom);
	}

	/** Draws again at the next paint: the drawing, its size or the view changed. */
	private void repaint() {
		forget();
		showScrollBars();
		redraw();
	}

	private void forget() {
		if (picture != null) {
			picture.dispose();
			picture = null;
		}
	}

	private void paint(GC gc) {
		Rectangle client = getClientArea();
		if (client.width <= 0 || client.height <= 0) {
			return;
		}
		if (picture == null) {
			picture = new Image(getDisplay(), imageData(render(client.width, client.height)));
		}
		gc.drawImage(picture, 0, 0);
	}

	private BufferedImage render(int width, int height) {
		BufferedImage rendered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rendered.createGraphics();
		try {
			ChartTheme.smooth(g);
			g.setColor(ChartTheme.PAPER);
			g.fillRect(0, 0, width, height);
			if (drawing != null) {
				drawing.draw(g, area());
			}
		} finally {
			g.dispose();
		}
		return rendered;
	}

	/** An RGB picture as SWT image data. */
	static ImageData imageData(BufferedImage picture) {
		int width = picture.getWidth();
		ImageData data = new ImageData(width, picture.getHeight(), 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
		for (int y = 0; y < picture.getHeight(); y++) {
			data.setPixels(0, y, width, pixels, y * width);
		}
		return data;
	}

	private Menu menu() {
		Menu menu = new Menu(this);
		item(menu, Messages.DrawingCanvas_copy, this::copy);
		item(menu, Messages.DrawingCanvas_exportPng, () -> export("*.png", DrawingExport::png)); //$NON-NLS-1$
		item(menu, Messages.DrawingCanvas_exportSvg, () -> export("*.svg", DrawingExport::svg)); //$NON-NLS-1$
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem in = item(menu, Messages.DrawingCanvas_zoomIn, () -> zoomBy(ZOOM_STEP));
		MenuItem out = item(menu, Messages.DrawingCanvas_zoomOut, () -> zoomBy(1 / ZOOM_STEP));
		MenuItem fit = item(menu, Messages.DrawingCanvas_fit, this::fit);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem zooming : new MenuItem[] { in, out, fit }) {
				zooming.setEnabled(zoomable());
			}
		});
		return menu;
	}

	private static MenuItem item(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}

	/** The picture at print resolution on the clipboard. */
	public void copy() {
		if (drawing == null) {
			return;
		}
		Image image = new Image(getDisplay(), imageData(DrawingExport.image(drawing, DrawingExport.PRINT_SCALE)));
		Clipboard clipboard = new Clipboard(getDisplay());
		try {
			clipboard.setContents(new Object[] { image.getImageData() }, new Transfer[] { ImageTransfer.getInstance() });
		} finally {
			clipboard.dispose();
			image.dispose();
		}
	}

	/** How a drawing is written to a file. */
	@FunctionalInterface
	public interface Writer {
		void write(Drawing drawing, OutputStream out) throws IOException;
	}

	private void export(String extension, Writer writer) {
		if (drawing == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension });
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			export(drawing, Path.of(file), writer).schedule();
		}
	}

	/**
	 * A Job that writes a drawing's picture to a file. The picture is made at
	 * once, on the caller's thread: a drawing keeps what it last drew for
	 * hover and double-click, so it is drawn on the thread that shows it, the
	 * UI's; the Job only writes the file.
	 */
	public static Job export(Drawing drawing, Path file, Writer writer) {
		String name = NLS.bind(Messages.DrawingCanvas_exporting, file.getFileName());
		ByteArrayOutputStream picture = new ByteArrayOutputStream();
		try {
			writer.write(drawing, picture);
		} catch (IOException e) {
			return Job.create(name, (IProgressMonitor monitor) -> failed(file, e));
		}
		return Job.create(name, (IProgressMonitor monitor) -> {
			try {
				Files.write(file, picture.toByteArray());
				return Status.OK_STATUS;
			} catch (IOException e) {
				return failed(file, e);
			}
		});
	}

	private static IStatus failed(Path file, IOException e) {
		return Status.error(NLS.bind(Messages.DrawingCanvas_exportFailed, file, e.getMessage()), e);
	}
}
