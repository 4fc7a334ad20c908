package io.agritrace.ui.internal.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.service.DashboardView;
import io.agritrace.store.DashboardRepository;

/**
 * The dashboard for a meeting room: full screen, one panel at a time in
 * large type (the figures, then each chart, then any altered record),
 * advancing every {@value #SECONDS} seconds or on →, Space or Page Down; ←
 * or Page Up goes back, Esc leaves.
 */
final class Presentation {

	static final int SECONDS = 12;
	private static final int COLUMNS = 4;
	private static final int MARGIN = 60;
	private static final int SPACING = 40;
	/** The figures' and captions' largest type, and the smallest either is set in to fit a small screen. */
	private static final int VALUE_POINTS = 48;
	private static final int CAPTION_POINTS = 18;
	private static final int SMALLEST_POINTS = 12;

	private final Shell shell;
	private final StackLayout stack = new StackLayout();
	private final List<Control> panels = new ArrayList<>();
	/** Every font made, by size and style, disposed with the shell. */
	private final Map<List<Integer>, Font> fonts = new HashMap<>();
	private int shown;
	/** Bumped on every move, so that a timer set for an earlier panel does nothing. */
	private int moves;

	private Presentation(Display display, DashboardView model) {
		shell = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
		shell.setText(Messages.Dashboard_title);
		shell.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		shell.setLayout(stack);
		panels.add(figures(model));
		for (var chart : model.charts()) {
			DrawingCanvas canvas = new DrawingCanvas(shell);
			canvas.show(chart);
			panels.add(canvas);
		}
		if (!model.incidents().isEmpty()) {
			panels.add(incidents(model));
		}
		shell.addListener(SWT.KeyDown, e -> {
			switch (e.keyCode) {
			case SWT.ESC -> shell.close();
			case SWT.ARROW_RIGHT, SWT.PAGE_DOWN, ' ' -> show(shown + 1);
			case SWT.ARROW_LEFT, SWT.PAGE_UP -> show(shown - 1);
			default -> {
				// other keys do nothing
			}
			}
		});
		shell.addListener(SWT.Dispose, e -> fonts.values().forEach(Font::dispose));
		for (Control panel : panels) {
			panel.addListener(SWT.KeyDown, e -> shell.notifyListeners(SWT.KeyDown, e));
			panel.addListener(SWT.MouseDown, e -> show(shown + 1));
		}
	}

	/**
	 * Opens full screen on the display's primary monitor, on the figures; on
	 * leaving, the workbench window is as it was (maximized, full screen or
	 * its size and place), whatever a window manager did to it meanwhile.
	 */
	static void open(Shell workbench, DashboardView model) {
		Display display = workbench.getDisplay();
		Presentation presentation = new Presentation(display, model);
		Rectangle bounds = workbench.getBounds();
		boolean maximized = workbench.getMaximized();
		boolean fullScreen = workbench.getFullScreen();
		presentation.shell.addListener(SWT.Dispose, e -> {
			if (workbench.isDisposed()) {
				return;
			}
			workbench.setFullScreen(fullScreen);
			if (maximized) {
				workbench.setMaximized(true);
			} else {
				workbench.setMaximized(false);
				workbench.setBounds(bounds);
			}
			workbench.setActive();
		});
		presentation.shell.setBounds(display.getPrimaryMonitor().getBounds());
		presentation.shell.open();
		presentation.shell.setFullScreen(true);
		presentation.show(0);
		presentation.shell.forceFocus();
	}

	private void show(int index) {
		if (shell.isDisposed()) {
			return;
		}
		shown = Math.floorMod(index, panels.size());
		stack.topControl = panels.get(shown);
		shell.layout(true, true);
		int move = ++moves;
		shell.getDisplay().timerExec(SECONDS * 1000, () -> {
			if (move == moves) {
				show(shown + 1);
			}
		});
	}

	/** The figures in type big enough for the back of the room. */
	private Composite figures(DashboardView model) {
		Composite panel = new Composite(shell, SWT.NONE);
		panel.setBackground(shell.getBackground());
		GridLayoutFactory.fillDefaults().numColumns(COLUMNS).equalWidth(true).margins(MARGIN, 50).spacing(SPACING, SPACING)
				.applyTo(panel);
		Label heading = label(panel, Messages.Dashboard_presentationTitle, font(28, SWT.BOLD), null);
		// Width hints keep long texts from widening the columns past the screen: they wrap instead.
		GridDataFactory.fillDefaults().span(COLUMNS, 1).grab(true, false).hint(100, SWT.DEFAULT).applyTo(heading);
		DashboardRepository.Figures f = model.figures();
		Display display = shell.getDisplay();
		Color red = display.getSystemColor(SWT.COLOR_RED);
		Color green = display.getSystemColor(SWT.COLOR_DARK_GREEN);
		List<String[]> tiles = DashboardEditor.tiles(model, Messages.Dashboard_incidentsListedLast);
		List<Label> values = new ArrayList<>();
		List<Label> captions = new ArrayList<>();
		for (int i = 0; i < tiles.size(); i++) {
			Composite tile = new Composite(panel, SWT.NONE);
			tile.setBackground(panel.getBackground());
			GridLayoutFactory.fillDefaults().applyTo(tile);
			GridDataFactory.fillDefaults().grab(true, true).hint(100, SWT.DEFAULT).applyTo(tile);
			Color colour = i == DashboardEditor.INCIDENTS ? (f.mismatches() + model.missing() > 0 ? red : green)
					: i == DashboardEditor.PASS_RATE ? (DashboardEditor.belowTarget(f) ? red : green) : null;
			values.add(label(tile, tiles.get(i)[0], font(VALUE_POINTS, SWT.BOLD), colour, SWT.NONE));
			Label text = label(tile, tiles.get(i)[1], font(CAPTION_POINTS, SWT.NORMAL), null);
			GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(text);
			captions.add(text);
		}
		panel.addListener(SWT.Resize, e -> fit(panel, values, captions));
		return panel;
	}

	/**
	 * The figures in the largest type that fits every one in its column, and
	 * the captions in the largest that fits the panel's height: at 1280 × 800
	 * "100.0 %" ran past its column and the captions beside it were cut.
	 */
	private void fit(Composite panel, List<Label> values, List<Label> captions) {
		Rectangle area = panel.getClientArea();
		int column = (area.width - 2 * MARGIN - (COLUMNS - 1) * SPACING) / COLUMNS;
		if (column <= 0) {
			return;
		}
		int points = VALUE_POINTS;
		setFont(values, font(points, SWT.BOLD));
		while (points > SMALLEST_POINTS && values.stream().anyMatch(v -> v.computeSize(SWT.DEFAULT, SWT.DEFAULT).x > column)) {
			points -= 2;
			setFont(values, font(points, SWT.BOLD));
		}
		points = CAPTION_POINTS;
		setFont(captions, font(points, SWT.NORMAL));
		while (points > SMALLEST_POINTS && panel.computeSize(area.width, SWT.DEFAULT, true).y > area.height) {
			points -= 2;
			setFont(captions, font(points, SWT.NORMAL));
		}
		panel.layout(true, true);
	}

	private static void setFont(List<Label> labels, Font font) {
		labels.forEach(l -> l.setFont(font));
	}

	private Composite incidents(DashboardView model) {
		Composite panel = new Composite(shell, SWT.NONE);
		panel.setBackground(shell.getBackground());
		GridLayoutFactory.fillDefaults().margins(60, 50).spacing(0, 24).applyTo(panel);
		label(panel, NLS.bind(Messages.Dashboard_incidentsTitle, model.incidents().size()), font(28, SWT.BOLD), null);
		Font text = font(20, SWT.NORMAL);
		for (DashboardView.Incident incident : model.incidents()) {
			Label line = label(panel, incident.text(), text, shell.getDisplay().getSystemColor(SWT.COLOR_RED));
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(line);
		}
		return panel;
	}

	private Label label(Composite parent, String text, Font font, Color colour) {
		return label(parent, text, font, colour, SWT.WRAP);
	}

	private Label label(Composite parent, String text, Font font, Color colour, int style) {
		Label label = new Label(parent, style);
		label.setBackground(parent.getBackground());
		label.setFont(font);
		label.setText(text);
		if (colour != null) {
			label.setForeground(colour);
		}
		return label;
	}

	private Font font(int points, int style) {
		return fonts.computeIfAbsent(List.of(points, style), k -> new Font(shell.getDisplay(),
				shell.getDisplay().getSystemFont().getFontData()[0].getName(), points, style));
	}
}
