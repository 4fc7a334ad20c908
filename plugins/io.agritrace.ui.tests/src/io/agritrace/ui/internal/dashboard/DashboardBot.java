package io.agritrace.ui.internal.dashboard;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.widgets.Hyperlink;

import io.agritrace.charts.CountyMap;
import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.ui.internal.InSight;

/** The dashboard as tests and benchmarks read it: its tiles, incidents and charts, and its presentation. */
public final class DashboardBot {

	private static final long TIMEOUT_MS = 60_000;

	private final IEditorPart dashboard;

	private DashboardBot(IEditorPart dashboard) {
		this.dashboard = dashboard;
	}

	/** Waits until the dashboard shows its figures and has drawn its charts. */
	public static DashboardBot loaded(IEditorPart editor) {
		DashboardBot bot = new DashboardBot(editor);
		waitUntil("the dashboard", TIMEOUT_MS, () -> bot.charts().stream().allMatch(c -> c.drawing() != null)); //$NON-NLS-1$
		processEvents();
		return bot;
	}

	/** The five charts, in the page's order. */
	List<DrawingCanvas> charts() {
		return Widgets.all(Widgets.of(dashboard), DrawingCanvas.class);
	}

	/** The tiles in reading order: each a figure above what it means. */
	private List<Control> tiles() {
		Composite grid = Widgets.first(Widgets.of(dashboard), Composite.class, c -> c.getChildren().length == 8
				&& Arrays.stream(c.getChildren()).allMatch(t -> t instanceof Composite tile
						&& Widgets.all(tile, Label.class).size() == 2));
		return List.of(grid.getChildren());
	}

	/** The figure of the tile at this index. */
	String tileText(int index) {
		return Widgets.all(tiles().get(index), Label.class).get(0).getText();
	}

	/** What the figure of the tile at this index means. */
	String tileCaption(int index) {
		return Widgets.all(tiles().get(index), Label.class).get(1).getText();
	}

	/** The links to the altered or missing records, in red under the tiles. */
	int incidentLinks() {
		return Widgets.all(Widgets.of(dashboard), Hyperlink.class).size();
	}

	/**
	 * The figures, captions, filters, charts and incident links that lack the
	 * room their text needs or are cut at the editor's right edge as it is now
	 * (the editor scrolls down, never across): none when everything fits.
	 */
	List<String> cut() {
		Composite editor = Widgets.of(dashboard);
		List<Control> shown = new ArrayList<>(Widgets.all(editor, Hyperlink.class));
		tiles().forEach(tile -> shown.addAll(Widgets.all(tile, Label.class)));
		shown.addAll(Widgets.all(editor, Combo.class));
		List<Control> cut = new ArrayList<>(shown.stream().filter(c -> !InSight.wholeAcross(c)).toList());
		cut.addAll(charts().stream().filter(c -> !InSight.across(c)).toList());
		return described(cut);
	}

	/** The lines of the county map's title that run past its canvas, as drawn last. */
	List<String> mapTitleCut() {
		DrawingCanvas canvas = charts().stream().filter(c -> c.drawing() instanceof CountyMap).findFirst().orElseThrow();
		Rectangle client = canvas.getClientArea();
		return ((CountyMap) canvas.drawing()).titleBounds().stream()
				.filter(line -> line.getMaxX() > client.width || line.getMaxY() > client.height).map(String::valueOf).toList();
	}

	/** The share of its canvas's width the county map's province took, as drawn last. */
	double mapShare() {
		DrawingCanvas canvas = charts().stream().filter(c -> c.drawing() instanceof CountyMap).findFirst().orElseThrow();
		return ((CountyMap) canvas.drawing()).provinceBounds().getWidth() / canvas.getClientArea().width;
	}

	/**
	 * The presentation's captions whose wrapped lines break a unit that reads as one ("更正", "目标 98%"), each with
	 * its lines: the label wraps as a text layout of its font at its width does.
	 */
	static List<String> unitsBroken(Shell presentation) {
		List<String> units = List.of("\u66f4\u6b63", "\u76ee\u6807 98%", "98 %"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<String> broken = new ArrayList<>();
		for (Label label : Widgets.all((Composite) presentation.getChildren()[0], Label.class)) {
			List<String> lines = lines(label);
			String text = plain(label.getText());
			boolean splits = units.stream().anyMatch(unit -> text.contains(unit) && lines.stream().noneMatch(l -> l.contains(unit)));
			if (splits) {
				broken.add(String.join(" | ", lines));
			}
		}
		return broken;
	}

	/** A label's text as it wraps at its width, each line as it reads. */
	private static List<String> lines(Label label) {
		TextLayout layout = new TextLayout(label.getDisplay());
		try {
			layout.setFont(label.getFont());
			layout.setText(label.getText());
			if ((label.getStyle() & SWT.WRAP) != 0) {
				layout.setWidth(Math.max(1, label.getSize().x));
			}
			int[] offsets = layout.getLineOffsets();
			List<String> lines = new ArrayList<>();
			for (int i = 0; i + 1 < offsets.length; i++) {
				lines.add(plain(label.getText().substring(offsets[i], offsets[i + 1])).strip());
			}
			return lines;
		} finally {
			layout.dispose();
		}
	}

	/** A text without the joins that keep its words whole, as it reads. */
	private static String plain(String text) {
		return text.replace("\u2060", "").replace('\u00a0', ' '); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The presentation's figures and captions that are cut or lack room at its size now. */
	static List<String> figuresCut(Shell presentation) {
		return described(Widgets.all((Composite) presentation.getChildren()[0], Label.class).stream()
				.filter(l -> !InSight.whole(l)).toList());
	}

	private static List<String> described(List<? extends Control> controls) {
		return controls.stream().map(c -> c + " at " + c.getBounds()).toList();
	}

	/** The full-screen presentation once it is open. */
	static Shell presentation() {
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(s -> (s.getStyle() & SWT.NO_TRIM) != 0 && Messages.Dashboard_title.equals(s.getText())).findFirst()
				.orElse(null);
	}

	/** The presentation's panels: the figures, each chart, the altered records. */
	static int panels(Shell presentation) {
		return presentation.getChildren().length;
	}

	/** The panel the presentation shows now. */
	static int shown(Shell presentation) {
		return Arrays.asList(presentation.getChildren()).indexOf(((StackLayout) presentation.getLayout()).topControl);
	}

	/** Whether some label of the presentation's figures panel says this. */
	static boolean figuresSay(Shell presentation, String text) {
		return Widgets.all((Composite) presentation.getChildren()[0], Label.class).stream()
				.anyMatch(l -> text.equals(l.getText()));
	}

	/** Clicks the dashboard's Present button. */
	void clickPresent() {
		Widgets.button(Widgets.of(dashboard), Messages.Dashboard_present).notifyListeners(SWT.Selection, new Event());
	}

	/** Presses and releases a key as the keyboard does: the X server sends it where the focus is. */
	static void type(int keyCode, char character) {
		Display display = Display.getCurrent();
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			event.character = character;
			display.post(event);
		}
		processEvents();
	}

	/** Presses a key in the presentation. */
	static void key(Shell presentation, int code) {
		Event press = new Event();
		press.keyCode = code;
		presentation.notifyListeners(SWT.KeyDown, press);
	}
}
