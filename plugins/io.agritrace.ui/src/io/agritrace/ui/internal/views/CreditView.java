package io.agritrace.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import io.agritrace.charts.ChartDrawing;
import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.CreditTrendChart;
import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.credit.IndicatorText;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.PartyRole;
import io.agritrace.core.model.Prefectures;
import io.agritrace.core.text.Times;
import io.agritrace.service.CreditReports;
import io.agritrace.service.CreditSettings;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.CreditRepository;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.CommonMessages;
import io.agritrace.ui.internal.LotOpener;

/**
 * Producer credit profiles (信用档案): every organisation ranked by its grade,
 * filtered by role and prefecture; the one selected with each indicator's
 * value, counts, weight and formula, the records behind the indicator
 * selected (a double-click opens the lot), and its score month by month.
 * Only records that verify on chain count. Read again when the store's
 * verdicts or events change.
 */
public final class CreditView extends ViewPart {

	public static final String ID = "io.agritrace.ui.views.credit"; //$NON-NLS-1$
	private static final int RECORDS = 200;

	/**
	 * The panes' smallest size, below which they scroll together: narrower than the view beside the navigator at
	 * 1280 wide, where 900 left the profile and the months' chart past the view's right edge.
	 */
	static final Point SMALLEST = new Point(600, 560);
	/** The ranking's largest share of the width, in percent: the profile beside it takes the rest. */
	private static final int RANKING_SHARE = 55;
	/** The indicators' column of formulas. */
	static final int FORMULA = 4;
	private final ChartTheme theme = ChartTheme.standard();
	private WorkspaceStore store;
	private CreditPolicy policy;
	private List<CreditReports.Ranked> ranking = List.of();
	private Combo role;
	private Combo prefecture;
	private SashForm top;
	private TableViewer table;
	private Label heading;
	private Label formula;
	private TableViewer indicators;
	private TableViewer records;
	private DrawingCanvas trend;
	private CreditReports.Ranked shown;
	private final EventHandler changed = event -> read();

	@Override
	public void createPartControl(Composite parent) {
		store = getSite().getService(WorkspaceStore.class);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(filters);
		new Label(filters, SWT.NONE).setText(Messages.Credit_role);
		role = new Combo(filters, SWT.READ_ONLY);
		Locale language = WorkbenchLanguage.current();
		List<String> roles = new ArrayList<>(List.of(CommonMessages.Credit_all));
		for (PartyRole r : PartyRole.values()) {
			roles.add(r.label(language));
		}
		role.setItems(roles.toArray(String[]::new));
		role.select(0);
		new Label(filters, SWT.NONE).setText(CommonMessages.Credit_prefecture);
		prefecture = new Combo(filters, SWT.READ_ONLY);
		List<String> names = new ArrayList<>(List.of(CommonMessages.Credit_all));
		Prefectures.codes().forEach(c -> names.add(Divisions.name(c, language)));
		prefecture.setItems(names.toArray(String[]::new));
		prefecture.select(0);
		role.addListener(SWT.Selection, e -> filter());
		prefecture.addListener(SWT.Selection, e -> filter());

		// Ranking beside the profile; the records behind an indicator beside the months. Below a size where
		// each pane still shows its text and a readable chart the panes scroll together instead of shrinking.
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scrolled);
		SashForm rows = new SashForm(scrolled, SWT.VERTICAL);
		scrolled.setContent(rows);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(SMALLEST);
		top = new SashForm(rows, SWT.HORIZONTAL);
		SashForm bottom = new SashForm(rows, SWT.HORIZONTAL);
		table = table(top);
		TextColumns.<CreditReports.Ranked>add(table, Messages.Credit_columnRank, 45, r -> Integer.toString(ranking.indexOf(r) + 1));
		TextColumns.<CreditReports.Ranked>add(table, Messages.Credit_columnGrade, 50, r -> IndicatorText.grade(r.profile(), language));
		TextColumns.<CreditReports.Ranked>add(table, Messages.Credit_columnScore, 50,
				r -> r.profile().score() == null ? "–" : r.profile().score().toString()); //$NON-NLS-1$
		TextColumns.<CreditReports.Ranked>add(table, Messages.Credit_columnParty, 220, r -> r.party().name(WorkbenchLanguage.current()));
		TextColumns.<CreditReports.Ranked>add(table, Messages.Credit_columnRole, 90, r -> PartyRole.labelOf(r.party().role(), language));
		TextColumns.<CreditReports.Ranked>add(table, Messages.Credit_columnCounty, 100,
				r -> r.party().county() == null ? "" : Divisions.name(r.party().county(), language)); //$NON-NLS-1$
		TextColumns.<CreditReports.Ranked>add(table, Messages.Credit_columnVerified, 80,
				r -> r.profile().counts().verified() + " / " + r.profile().counts().records()); //$NON-NLS-1$
		table.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof CreditReports.Ranked r) {
				select(r);
			}
		});

		Composite detail = new Composite(top, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(detail);
		heading = new Label(detail, SWT.WRAP);
		heading.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(heading);
		formula = new Label(detail, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(formula);
		indicators = table(detail);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 150).applyTo(indicators.getTable());
		TextColumns.<CreditProfile.Score>add(indicators, Messages.Credit_columnIndicator, 150,
				s -> IndicatorText.name(s.indicator(), language));
		TextColumns.<CreditProfile.Score>add(indicators, Messages.Credit_columnValue, 170, s -> IndicatorText.value(s, language));
		TextColumns.<CreditProfile.Score>add(indicators, Messages.Credit_columnCounted, 80,
				s -> s.numerator() + " / " + s.denominator()); //$NON-NLS-1$
		TextColumns.<CreditProfile.Score>add(indicators, Messages.Credit_columnWeight, 60, s -> Integer.toString(s.weight()));
		TextColumns.<CreditProfile.Score>add(indicators, Messages.Credit_columnFormula, 500,
				s -> IndicatorText.formula(s.indicator(), policy, language));
		indicators.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof CreditProfile.Score s && shown != null) {
				readRecords(shown, s.indicator());
			}
		});
		Composite behind = new Composite(bottom, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(behind);
		Label recordsHint = new Label(behind, SWT.WRAP);
		recordsHint.setText(Messages.Credit_records);
		// Wrapped at its pane's width: on one line it widened the records past the pane, under the months' chart.
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(recordsHint);
		records = table(behind);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 110).applyTo(records.getTable());
		TextColumns.<CreditRepository.Record>add(records, CommonMessages.Trace_columnTime, 130,
				r -> Times.format(r.eventTime(), WorkspaceZone.zone()));
		TextColumns.<CreditRepository.Record>add(records, Messages.Credit_columnStage, 90, r -> IndicatorText.stage(r.stage(), language));
		TextColumns.<CreditRepository.Record>add(records, CommonMessages.Trace_columnLot, 260,
				r -> r.item() == null ? "" : r.item()); //$NON-NLS-1$
		TextColumns.<CreditRepository.Record>add(records, Messages.Credit_columnDetail, 160,
				r -> r.detail() == null ? "" : r.detail()); //$NON-NLS-1$
		records.addDoubleClickListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof CreditRepository.Record r) {
				LotOpener.open(getSite().getPage(), store, r.item(), records.getControl());
			}
		});
		trend = new DrawingCanvas(bottom);
		top.setWeights(RANKING_SHARE, 100 - RANKING_SHARE);
		bottom.setWeights(50, 50);
		rows.setWeights(58, 42);
		read();
		IEventBroker broker = getSite().getService(IEventBroker.class);
		for (String topic : List.of(StoreTopics.VERDICTS, StoreTopics.VERIFIED, StoreTopics.EVENTS, StoreTopics.MASTER_DATA)) {
			broker.subscribe(topic, changed);
		}
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	/** Reads every organisation's profile in a Job, under the policy saved now. */
	private void read() {
		CreditPolicy current = CreditSettings.policy();
		new StoreReadJob<>(Messages.Credit_reading, store, trace -> new CreditReports(trace).ranking(current),
				table.getControl(), read -> {
					policy = current;
					ranking = read;
					filter();
					if (shown != null) {
						read.stream().filter(r -> r.party().uri().equals(shown.party().uri())).findFirst().ifPresent(this::select);
					}
				}).schedule();
	}

	/** The ranking limited to the role and prefecture chosen; ranks stay those of the whole province. */
	private void filter() {
		int r = role.getSelectionIndex();
		int p = prefecture.getSelectionIndex();
		table.setInput(ranking.stream()
				.filter(x -> r <= 0 || PartyRole.values()[r - 1].code().equals(x.party().role()))
				.filter(x -> p <= 0 || x.party().county() != null
						&& x.party().county().startsWith(Prefectures.prefix(Prefectures.codes().get(p - 1))))
				.toList());
		TextColumns.fit(table);
		shareTheWidth();
	}

	/**
	 * The ranking as wide as its columns, up to its share, the profile the rest: at a fixed share its district was
	 * cut at 1920 wide beside an empty band, and its names at 1280.
	 */
	private void shareTheWidth() {
		int width = top.getClientArea().width - top.getSashWidth();
		if (width <= 0) {
			return;
		}
		Table ranking = table.getTable();
		int columns = Arrays.stream(ranking.getColumns()).mapToInt(TableColumn::getWidth).sum();
		int wanted = columns + ranking.getVerticalBar().getSize().x + 2 * ranking.getBorderWidth();
		int shown = Math.min(wanted, width * RANKING_SHARE / 100);
		top.setWeights(shown, width - shown);
	}

	private void select(CreditReports.Ranked ranked) {
		shown = ranked;
		CreditPolicy current = policy;
		new StoreReadJob<>(Messages.Credit_reading, store, trace -> new CreditReports(trace).report(ranked.party(), current),
				heading, this::show).schedule();
	}

	private void show(CreditReports.Report detail) {
		CreditProfile profile = detail.profile();
		Locale language = WorkbenchLanguage.current();
		heading.setText(profile.score() == null
				? NLS.bind(Messages.Credit_headingUngraded, detail.party().name(language), IndicatorText.grade(profile, language))
				: NLS.bind(Messages.Credit_heading, new Object[] { detail.party().name(language), profile.grade(), profile.score() }));
		formula.setText(IndicatorText.score(policy, profile.counts().unverified(), language));
		indicators.setInput(profile.indicators());
		// The formulas are sentences: their column as wide as the longest, reached by scrolling, never cut short.
		TextColumns.fit(indicators);
		records.setInput(List.of());
		trend.show(new ChartDrawing(CreditTrendChart.of(detail.months(), policy, theme, language)));
		heading.getParent().layout(true, true);
	}

	private void readRecords(CreditReports.Ranked ranked, CreditPolicy.Indicator indicator) {
		CreditPolicy current = policy;
		new StoreReadJob<>(Messages.Credit_reading, store,
				trace -> trace.credit().records(ranked.party().uri(), indicator, current, RECORDS), records.getControl(), read -> {
					records.setInput(read);
					TextColumns.fit(records);
				}).schedule();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(changed);
		super.dispose();
	}
}
