package io.agritrace.ui.internal.editors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.menus.IMenuService;

import io.agritrace.charts.ChartDrawing;
import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.EventsPerDayChart;
import io.agritrace.charts.ui.DrawingCanvas;
import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.LotStory;
import io.agritrace.service.Quantities;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.CommonMessages;

/**
 * The batch at a glance: its registered fields, who holds how much of it
 * where, its certifications, its custody events per day, and the trace's
 * warnings in the form's header. The header's tool bar takes commands from
 * {@code toolbar:}{@value BatchEditor#OVERVIEW_TOOLBAR} (record event, export,
 * verify).
 */
final class OverviewPage extends TracePage {

	static final String ID = "io.agritrace.ui.editors.batch.overview"; //$NON-NLS-1$
	private static final int CHART_HEIGHT = 300;
	private static final String WARNINGS_KEY = "warnings"; //$NON-NLS-1$
	private static final int FIELD_WIDTH = 120;
	private static final int COLUMN_WIDTH = 200;

	private final ProductBatch batch;
	private DrawingCanvas chartCanvas;
	private Text product;
	private Text producer;
	private Composite custody;
	private Composite warnings;
	private Section warningsSection;
	private IToolBarManager toolbar;

	OverviewPage(BatchEditor editor, ProductBatch batch) {
		super(editor, ID, Messages.Overview_title);
		this.batch = batch;
	}

	@Override
	void create(IManagedForm form) {
		createToolbar(form);
		FormToolkit toolkit = form.getToolkit();
		Composite body = form.getForm().getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(8, 8).spacing(12, 12).applyTo(body);
		Composite left = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(left);
		// Both columns ask for little and share the editor's width: a long holder's name or warning never widens the form.
		GridDataFactory.fillDefaults().grab(true, true).hint(COLUMN_WIDTH, SWT.DEFAULT).applyTo(left);

		Composite fields = section(toolkit, left, Messages.BatchEditor_details);
		product = field(toolkit, fields, CommonMessages.BatchEditor_product, batch.productName());
		field(toolkit, fields, CommonMessages.BatchEditor_lot, batch.lot());
		field(toolkit, fields, CommonMessages.BatchEditor_gtin, batch.gtin().toString());
		field(toolkit, fields, CommonMessages.BatchEditor_quantity,
				Quantities.of(batch.quantity(), batch.unit(), WorkbenchLanguage.current()));
		field(toolkit, fields, CommonMessages.BatchEditor_harvest, batch.harvestDate().toString());
		field(toolkit, fields, CommonMessages.BatchEditor_origin, Divisions.withCode(batch.originDivision(),
				WorkbenchLanguage.current()));
		producer = field(toolkit, fields, Messages.BatchEditor_producer, ""); //$NON-NLS-1$
		field(toolkit, fields, CommonMessages.BatchEditor_traceCode, batch.traceCode());
		field(toolkit, fields, CommonMessages.BatchEditor_code, batch.code());

		Composite certificates = section(toolkit, left, Messages.Overview_certificates);
		if (batch.certificates().isEmpty()) {
			toolkit.createLabel(certificates, Messages.Overview_none);
		}
		for (Certificate c : batch.certificates()) {
			field(toolkit, certificates, c.label().label(WorkbenchLanguage.current()),
					certificate(c, LocalDate.now(WorkspaceZone.clock())));
		}

		custody = section(toolkit, left, Messages.Overview_custody);

		warnings = section(toolkit, left, Messages.Trace_warnings);
		warningsSection = (Section) warnings.getParent();

		Composite activity = section(toolkit, body, Messages.Overview_activity);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).hint(COLUMN_WIDTH, SWT.DEFAULT)
				.applyTo(activity.getParent());
		chartCanvas = new DrawingCanvas(activity);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, CHART_HEIGHT).applyTo(chartCanvas);
		// Drawn once, with its bars: an empty chart first would cost the editor a second drawing as it opens.
		chartCanvas.setVisible(false);
	}

	/** The header's tool bar: commands that act on this batch, contributed by any bundle. */
	private void createToolbar(IManagedForm form) {
		toolbar = form.getForm().getToolBarManager();
		toolbar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		getSite().getService(IMenuService.class).populateContributionManager((ToolBarManager) toolbar,
				"toolbar:" + BatchEditor.OVERVIEW_TOOLBAR); //$NON-NLS-1$
		// On its own row under the title: beside it, title, warning count and commands outgrow a 1280 px screen's editor.
		form.getForm().getForm().setToolBarVerticalAlignment(SWT.BOTTOM);
		form.getForm().updateToolBar();
	}

	/** A certificate's number and validity, and whether it has expired; or that only its label is claimed. */
	static String certificate(Certificate c, LocalDate today) {
		if (!c.isDocumented()) {
			return Messages.Overview_claimed;
		}
		String validity = NLS.bind(Messages.Overview_certificate, new Object[] { c.number(), c.validFrom(), c.validUntil() });
		return c.expiredOn(today) ? NLS.bind(Messages.Overview_expired, validity) : validity;
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title) {
		// A short title bar: a full one paints the whole section through an image on every paint, and each label on it
		// maps its window to draw its background from that image (a quarter of the editor's opening time on GTK).
		Section section = toolkit.createSection(parent, Section.SHORT_TITLE_BAR);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(client);
		section.setClient(client);
		return client;
	}

	private static Text field(FormToolkit toolkit, Composite parent, String label, String value) {
		// Beside the first line of a value that wraps.
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(toolkit.createLabel(parent, label));
		// Wrapped, as a Digital Link or a custody line is longer than its half of the editor beside the navigator at 1280 px.
		Text text = toolkit.createText(parent, value, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
		// A narrow preferred width: the two columns share the editor's, and a wider one would push the chart off it.
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	void show(LotStory trace) {
		// The catalogue names the product in the user's language; the batch keeps the name it was registered with.
		String name = trace.productName().orElse(batch.productName());
		product.setText(name);
		producer.setText(batch.producer() == null ? Messages.Overview_none : trace.name(batch.producer()));
		getManagedForm().getForm().setText(name + "  " + batch.lot()); //$NON-NLS-1$
		showCustody(trace);
		chartCanvas.show(new ChartDrawing(EventsPerDayChart.of(trace.perDay(), ChartTheme.standard(), WorkbenchLanguage.current())));
		chartCanvas.setVisible(true);
		showWarnings(trace.warnings(WorkbenchLanguage.current()));
	}

	/**
	 * Who holds how much of the lot where: a line per place some of it is at and
	 * per shipment of it on its way, then the total when there are several; or
	 * that nobody holds any.
	 */
	private void showCustody(LotStory trace) {
		for (var child : custody.getChildren()) {
			child.dispose();
		}
		FormToolkit toolkit = getManagedForm().getToolkit();
		List<CustodyChain.Stop> onHand = trace.onHand();
		List<CustodyChain.Transit> inTransit = trace.inTransit();
		if (onHand.isEmpty() && inTransit.isEmpty()) {
			field(toolkit, custody, Messages.Overview_holder, Messages.Overview_gone);
		}
		for (CustodyChain.Stop stop : onHand) {
			String holder = stop.party() == null ? Messages.Overview_unknownHolder : trace.name(stop.party());
			String amount = stop.held() == null ? Messages.Overview_notCounted
					: Quantities.of(stop.held(), stop.uom(), WorkbenchLanguage.current());
			field(toolkit, custody, holder, NLS.bind(Messages.Overview_heldAt, amount, trace.name(stop.location())));
		}
		for (CustodyChain.Transit transit : inTransit) {
			String amount = transit.quantity() == null ? Messages.Overview_notCounted
					: Quantities.of(transit.quantity(), transit.uom(), WorkbenchLanguage.current());
			String from = transit.from().party() == null ? trace.name(transit.from().location()) : trace.name(transit.from().party());
			String to = transit.toParty() == null ? trace.name(transit.toLocation()) : trace.name(transit.toParty());
			field(toolkit, custody, Messages.Overview_inTransit,
					NLS.bind(Messages.Overview_inTransitTo, new Object[] { amount, from, to }));
		}
		List<BigDecimal> amounts = new ArrayList<>();
		Set<String> units = new HashSet<>();
		onHand.forEach(s -> {
			amounts.add(s.held());
			units.add(s.uom());
		});
		inTransit.forEach(t -> {
			amounts.add(t.quantity());
			units.add(t.uom());
		});
		if (amounts.size() > 1 && !amounts.contains(null) && units.size() == 1) {
			BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			field(toolkit, custody, Messages.Overview_onHand, Quantities.of(total, units.iterator().next(), WorkbenchLanguage.current()));
		}
		custody.getParent().getParent().layout(true, true);
	}

	/**
	 * Each warning in its section, wrapped to the column's width, with the hash
	 * IDs it is about in its tooltip; and their count in the form's header
	 * where the user looks first, short, so that the header never widens the
	 * form past the editor (a warning's whole sentence there would push the
	 * Activity chart off the right edge).
	 */
	private void showWarnings(List<LotStory.Warning> list) {
		for (var child : warnings.getChildren()) {
			child.dispose();
		}
		FormToolkit toolkit = getManagedForm().getToolkit();
		warningsSection.setText(NLS.bind(Messages.Trace_warningsCount, list.size()));
		IMessageManager messages = getManagedForm().getMessageManager();
		messages.removeAllMessages();
		if (list.isEmpty()) {
			// Wrapped as the warnings are: on one line it was cut beside the navigator at 1280 px.
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT)
					.applyTo(toolkit.createLabel(warnings, Messages.Overview_noWarnings, SWT.WRAP));
		} else {
			messages.addMessage(WARNINGS_KEY, NLS.bind(Messages.Overview_warningsHeader, list.size()), null, IMessageProvider.WARNING);
		}
		for (LotStory.Warning warning : list) {
			Label label = toolkit.createLabel(warnings, warning.text(), SWT.WRAP);
			label.setToolTipText(warning.hashIds().isEmpty() ? null : String.join("\n", warning.hashIds())); //$NON-NLS-1$
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(label);
		}
	}

	@Override
	public void dispose() {
		if (toolbar != null) {
			getSite().getService(IMenuService.class).releaseContributions((ToolBarManager) toolbar);
		}
		super.dispose();
	}
}
