package io.agritrace.ui.internal.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.osgi.service.event.EventHandler;

import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.PartyRole;
import io.agritrace.core.model.Prefectures;
import io.agritrace.service.Categories;
import io.agritrace.service.CreditSettings;
import io.agritrace.service.DashboardView;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.DashboardRepository;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.CommonMessages;
import io.agritrace.ui.internal.FormRows;
import io.agritrace.ui.internal.LotOpener;
import io.agritrace.ui.internal.ViewOnlyEditor;

/**
 * The provincial dashboard: for a period, a product category and a
 * prefecture, the figures officials ask for (organisations, batches, events
 * recorded and anchored, the share verified on chain with every altered or
 * missing record in red, the anchor backlog, inspections against the 98 %
 * target, warnings raised and handled) and five charts (one a map of the
 * counties), each of which
 * exports from its context menu; Present shows them full screen, a panel at a
 * time. It reads the store again whenever a Job
 * posts on a store topic, a moment after the last.
 */
public final class DashboardEditor extends ViewOnlyEditor {

	public static final String ID = "io.agritrace.ui.editors.dashboard"; //$NON-NLS-1$
	/** County programmes' target for the inspection pass rate (抽检合格率). */
	static final double PASS_TARGET = 0.98;
	/** The tiles of the records altered or missing and of the pass rate, which turn red. */
	static final int INCIDENTS = 4;
	static final int PASS_RATE = 6;
	private static final int CHARTS = 5;
	/** The body's margin, the room between tiles and between charts, and the narrowest a caption or chart is set. */
	private static final int MARGIN = 10;
	private static final int TILE_SPACING = 16;
	private static final int CHART_SPACING = 12;
	private static final int CAPTION_WIDTH = 150;
	private static final int CHART_WIDTH = 300;
	private static final int CHART_HEIGHT = 320;
	private static final int[] PERIOD_DAYS = { 7, 30, 90, 365, 3650 };
	private static final List<String> CATEGORIES = List.of("rice", "ginseng", "cattle", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"corn", "soybean"); //$NON-NLS-1$ //$NON-NLS-2$

	private FormToolkit toolkit;
	private ScrolledForm form;
	private Combo period;
	private Combo category;
	private Combo prefecture;
	private Composite tileGrid;
	private Composite chartGrid;
	private final List<Tile> tiles = new ArrayList<>();
	private Composite incidents;
	private final List<DrawingCanvas> charts = new ArrayList<>();
	private Font big;
	private Job reading;
	private final EventHandler storeChanged = event -> read(500);

	/** A figure and what it means. */
	private record Tile(Label value, Label caption) {
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName(Messages.Dashboard_title);
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Dashboard_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(MARGIN, 8).applyTo(body);
		Composite filters = filters(body);
		FontData data = JFaceResources.getHeaderFont().getFontData()[0];
		big = new Font(parent.getDisplay(), data.getName(), data.getHeight() * 2, SWT.BOLD);
		tileGrid = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).spacing(TILE_SPACING, 10).applyTo(tileGrid);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(tileGrid);
		for (int i = 0; i < 8; i++) {
			Composite tile = toolkit.createComposite(tileGrid);
			GridLayoutFactory.fillDefaults().applyTo(tile);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(tile);
			Label value = toolkit.createLabel(tile, "–"); //$NON-NLS-1$
			value.setFont(big);
			Label caption = toolkit.createLabel(tile, "", SWT.WRAP); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(CAPTION_WIDTH, SWT.DEFAULT).applyTo(caption);
			tiles.add(new Tile(value, caption));
		}
		incidents = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().applyTo(incidents);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(incidents);
		chartGrid = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(CHART_SPACING, 12).applyTo(chartGrid);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(chartGrid);
		for (int i = 0; i < CHARTS; i++) {
			DrawingCanvas canvas = new DrawingCanvas(chartGrid);
			// The last chart, the ranking, takes the whole width.
			GridDataFactory.fillDefaults().grab(true, true).span(i == CHARTS - 1 ? 2 : 1, 1).hint(CHART_WIDTH, CHART_HEIGHT)
					.applyTo(canvas);
			charts.add(canvas);
		}
		FormRows.follow(form, 2 * MARGIN, filters, tileGrid, incidents, chartGrid);
		form.addListener(SWT.Resize, e -> reflow());
		read(0);
		getSite().getService(IEventBroker.class).subscribe(StoreTopics.ALL, storeChanged);
	}

	/** The filters on a row that wraps where the editor is narrow, each label beside its drop-down. */
	private Composite filters(Composite body) {
		Composite row = FormRows.wrapping(toolkit, body, 12);
		period = filter(row, Messages.Dashboard_period);
		for (int days : PERIOD_DAYS) {
			period.add(NLS.bind(Messages.Dashboard_lastDays, days));
		}
		period.select(1);
		category = filter(row, Messages.Dashboard_category);
		category.add(CommonMessages.Credit_all);
		CATEGORIES.forEach(c -> category.add(Categories.name(c, WorkbenchLanguage.current())));
		category.select(0);
		prefecture = filter(row, CommonMessages.Credit_prefecture);
		prefecture.add(CommonMessages.Credit_all);
		Locale language = WorkbenchLanguage.current();
		Prefectures.codes().forEach(c -> prefecture.add(Divisions.name(c, language)));
		prefecture.select(0);
		for (Combo combo : List.of(period, category, prefecture)) {
			combo.addListener(SWT.Selection, e -> read(0));
		}
		Button present = toolkit.createButton(row, Messages.Dashboard_present, SWT.PUSH);
		present.addListener(SWT.Selection, e -> present());
		return row;
	}

	/** A label and its drop-down, kept together where the row wraps. */
	private Combo filter(Composite row, String label) {
		Composite pair = toolkit.createComposite(row);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
		toolkit.createLabel(pair, label);
		return new Combo(pair, SWT.READ_ONLY);
	}

	/**
	 * Four tiles a row where the widest figure fits four times, else two or
	 * one; two charts a row where two fit, else one: a narrow editor (beside
	 * the navigator at 1280 × 800) cut the fourth column off. Charts in a
	 * column wider than their height grow taller with it, to two thirds of
	 * its width: at 1920 px the county map was a 320 px picture in a 900 px panel.
	 */
	private void reflow() {
		int width = form.getClientArea().width - 2 * MARGIN;
		int tileWidth = Math.max(CAPTION_WIDTH,
				tiles.stream().mapToInt(t -> t.value().computeSize(SWT.DEFAULT, SWT.DEFAULT).x).max().orElse(0));
		int tileColumns = 4;
		while (tileColumns > 1 && tileColumns * tileWidth + (tileColumns - 1) * TILE_SPACING > width) {
			tileColumns /= 2;
		}
		int chartColumns = width >= 2 * CHART_WIDTH + CHART_SPACING ? 2 : 1;
		int chartHeight = Math.max(CHART_HEIGHT, (width - (chartColumns - 1) * CHART_SPACING) / chartColumns * 2 / 3);
		GridLayout tileLayout = (GridLayout) tileGrid.getLayout();
		GridLayout chartLayout = (GridLayout) chartGrid.getLayout();
		GridData ranking = (GridData) charts.get(CHARTS - 1).getLayoutData();
		if (tileLayout.numColumns == tileColumns && chartLayout.numColumns == chartColumns
				&& ((GridData) charts.get(0).getLayoutData()).heightHint == chartHeight) {
			return;
		}
		tileLayout.numColumns = tileColumns;
		chartLayout.numColumns = chartColumns;
		ranking.horizontalSpan = chartColumns;
		// The ranking, a row of its own as wide as the editor, keeps its height.
		charts.subList(0, CHARTS - 1).forEach(c -> ((GridData) c.getLayoutData()).heightHint = chartHeight);
		form.getBody().layout(true, true);
		form.reflow(true);
	}

	/** Reads the figures again with charts in large type, then shows them full screen. */
	public void present() {
		DashboardRepository.Filter filter = filter();
		new StoreReadJob<>(Messages.Dashboard_reading, getSite().getService(WorkspaceStore.class),
				store -> DashboardView.read(store, filter, CreditSettings.policy(), ChartTheme.large().in(filter.zone()),
						WorkbenchLanguage.current()), form,
				read -> Presentation.open(form.getShell(), read)).schedule();
	}

	/** The filter chosen now: the period's days in the workspace's zone, today the last. */
	DashboardRepository.Filter filter() {
		return DashboardRepository.Filter.lastDays(PERIOD_DAYS[period.getSelectionIndex()], WorkspaceZone.clock(),
				category.getSelectionIndex() <= 0 ? null : CATEGORIES.get(category.getSelectionIndex() - 1),
				prefecture.getSelectionIndex() <= 0 ? null
						: Prefectures.prefix(Prefectures.codes().get(prefecture.getSelectionIndex() - 1)));
	}

	/** Reads the figures in a Job, {@code delayMs} from now, in place of a read not yet done. */
	private void read(long delayMs) {
		if (form == null || form.isDisposed()) {
			return;
		}
		form.getDisplay().asyncExec(() -> {
			if (form.isDisposed()) {
				return;
			}
			if (reading != null) {
				reading.cancel();
			}
			DashboardRepository.Filter filter = filter();
			reading = new StoreReadJob<>(Messages.Dashboard_reading, getSite().getService(WorkspaceStore.class),
					store -> DashboardView.read(store, filter, CreditSettings.policy(), ChartTheme.standard().in(filter.zone()),
							WorkbenchLanguage.current()),
					form, this::show);
			reading.schedule(delayMs);
		});
	}

	private void show(DashboardView read) {
		List<String[]> texts = tiles(read, Messages.Dashboard_incidentsListedBelow);
		for (int i = 0; i < texts.size(); i++) {
			tiles.get(i).value().setText(texts.get(i)[0]);
			tiles.get(i).caption().setText(texts.get(i)[1]);
		}
		DashboardRepository.Figures f = read.figures();
		tiles.get(INCIDENTS).value().setForeground(form.getDisplay()
				.getSystemColor(f.mismatches() + read.missing() > 0 ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
		tiles.get(PASS_RATE).value().setForeground(form.getDisplay()
				.getSystemColor(belowTarget(f) ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
		showIncidents(read.incidents());
		for (int i = 0; i < charts.size(); i++) {
			charts.get(i).show(read.charts().get(i));
		}
		reflow();
		// Figures and incidents changed size: every level measures again, not only the form's body.
		form.getBody().layout(true, true);
		form.reflow(true);
	}

	/**
	 * Each figure and what it means, in the tiles' order: the editor and the presentation show the same.
	 *
	 * @param listed what the altered or missing records' figure says when there are some: where they are listed
	 */
	static List<String[]> tiles(DashboardView read, String listed) {
		DashboardRepository.Figures f = read.figures();
		return List.of(
				new String[] { Long.toString(f.organisations().values().stream().mapToLong(Long::longValue).sum()),
						Messages.Dashboard_organisations + "\n" + roles(f) }, //$NON-NLS-1$
				new String[] { Long.toString(f.batches()), Messages.Dashboard_batches },
				new String[] { Long.toString(f.events()), NLS.bind(Messages.Dashboard_eventsCaption, f.anchored()) },
				new String[] { percent(f.verified(), f.events()), NLS.bind(Messages.Dashboard_verifiedCaption, f.verified()) },
				new String[] { Long.toString(f.mismatches() + read.missing()),
						read.incidents().isEmpty() ? Messages.Dashboard_incidentsCaption : listed },
				new String[] { Long.toString(f.backlog()), Messages.Dashboard_backlog },
				new String[] { percent(f.passed(), f.inspections()), NLS.bind(Messages.Dashboard_passRate, f.inspections()) },
				new String[] { f.warnings() + " / " + f.handled(), Messages.Dashboard_warnings }); //$NON-NLS-1$
	}

	/** Whether the inspections passed fall short of the county programmes' target. */
	static boolean belowTarget(DashboardRepository.Figures f) {
		return f.inspections() > 0 && (double) f.passed() / f.inspections() < PASS_TARGET;
	}

	private static String roles(DashboardRepository.Figures f) {
		List<String> roles = new ArrayList<>();
		f.organisations().forEach((role, count) -> roles.add(PartyRole.labelOf(role, WorkbenchLanguage.current()) + " " //$NON-NLS-1$
				+ count));
		return String.join(" · ", roles); //$NON-NLS-1$
	}

	private static String percent(long part, long whole) {
		return whole == 0 ? "–" : String.format("%.1f %%", 100.0 * part / whole); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Every altered or missing record, in red, opening its lot. */
	private void showIncidents(List<DashboardView.Incident> shown) {
		for (var child : incidents.getChildren()) {
			child.dispose();
		}
		for (DashboardView.Incident incident : shown) {
			Hyperlink link = toolkit.createHyperlink(incidents, incident.text(), SWT.WRAP);
			link.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(link);
			link.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					LotOpener.open(getSite().getPage(), getSite().getService(WorkspaceStore.class),
							incident.verdict().item(), form);
				}
			});
		}
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(storeChanged);
		if (reading != null) {
			reading.cancel();
		}
		if (big != null) {
			big.dispose();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
