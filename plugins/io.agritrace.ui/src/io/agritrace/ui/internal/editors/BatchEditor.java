package io.agritrace.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.jfree.chart.swt.ChartComposite;
import org.osgi.service.event.EventHandler;

import io.agritrace.core.model.Certification;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.BatchEditorTab;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.Quantities;

/**
 * Shows one batch: its fields, a chart of its custody events per day, its
 * trace, and the tabs other bundles contribute ({@value #TABS_POINT}).
 */
public final class BatchEditor extends EditorPart {

	public static final String ID = BatchEditorInput.EDITOR_ID;
	static final String TABS_POINT = "io.agritrace.ui.batchEditorTabs"; //$NON-NLS-1$
	/** The timeline's context menu, for menu contributions ({@code popup:} this id). */
	public static final String TIMELINE_MENU = "io.agritrace.ui.editors.batch.timeline"; //$NON-NLS-1$

	private ChartComposite chartComposite;
	private final EventsPerDayChart chart = new EventsPerDayChart();
	private TraceTabs traceTabs;
	private final List<BatchEditorTab> contributedTabs = new ArrayList<>();
	/** Called on the UI thread: the broker's subscribe delivers there. */
	private final EventHandler eventsStored = event -> read();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof BatchEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.BatchEditor_wrongInput, input.getClass().getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(batch().lot());
		setTitleToolTip(batch().code());
	}

	private ProductBatch batch() {
		return ((BatchEditorInput) getEditorInput()).batch();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		createDetails(body);
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// No "Properties" or "Save as" in the chart's menu: Save as calls
		// ChartUtilities, which JFreeChart 1.5 removed. Print, zoom, tool tips stay.
		chartComposite = new ChartComposite(sash, SWT.BORDER, chart.chart(), false, false, true, true, true);
		traceTabs = new TraceTabs(sash);
		sash.setWeights(45, 55);

		createTimelineMenu();
		read();
		getSite().getService(IEventBroker.class).subscribe(StoreTopics.EVENTS, eventsStored);
		createContributedTabs();
	}

	/** The timeline's events are the editor's selection; commands such as Correct… add to its menu. */
	private void createTimelineMenu() {
		TableViewer timeline = traceTabs.timeline();
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		timeline.getTable().setMenu(menu.createContextMenu(timeline.getTable()));
		getSite().registerContextMenu(TIMELINE_MENU, menu, timeline);
		getSite().setSelectionProvider(timeline);
	}

	/** Reads the chart and the trace in Jobs; again when events are stored (a correction, a receipt). */
	private void read() {
		String code = batch().code();
		WorkspaceStore store = getSite().getService(WorkspaceStore.class);
		new StoreReadJob<>(NLS.bind(Messages.BatchEditor_loading, batch().lot()), store,
				s -> s.events().countPerDay(code), chartComposite, perDay -> {
					chart.show(perDay);
					chartComposite.forceRedraw();
				}).schedule();
		new StoreReadJob<>(NLS.bind(Messages.BatchEditor_tracing, batch().lot()), store, s -> TraceModel.read(s, code),
				traceTabs.control(), traceTabs::show).schedule();
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(eventsStored);
		super.dispose();
	}

	/** A contribution that fails is logged and left out; the editor still opens. */
	private void createContributedTabs() {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(TABS_POINT)) {
			try {
				BatchEditorTab tab = (BatchEditorTab) element.createExecutableExtension("class"); //$NON-NLS-1$
				tab.create(traceTabs.newTab(), batch(), getEditorSite());
				contributedTabs.add(tab);
			} catch (CoreException | RuntimeException e) {
				ILog.of(getClass()).error(NLS.bind(Messages.BatchEditor_tabFailed, element.getContributor().getName()), e);
			}
		}
	}

	/** Contributed tabs are adapters of the editor, for their bundle's commands. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		for (BatchEditorTab tab : contributedTabs) {
			if (adapter.isInstance(tab)) {
				return adapter.cast(tab);
			}
		}
		return super.getAdapter(adapter);
	}

	private void createDetails(Composite parent) {
		ProductBatch b = batch();
		Group details = new Group(parent, SWT.NONE);
		details.setText(Messages.BatchEditor_details);
		details.setLayout(new GridLayout(4, false));
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		field(details, Messages.BatchEditor_product, b.productName());
		field(details, Messages.BatchEditor_lot, b.lot());
		field(details, Messages.BatchEditor_gtin, b.gtin().toString());
		field(details, Messages.BatchEditor_quantity, Quantities.of(b.quantity(), b.unit()));
		field(details, Messages.BatchEditor_harvest, b.harvestDate().toString());
		Locale language = DisplayLanguage.current();
		field(details, Messages.BatchEditor_origin, Divisions.name(b.originDivision(), language) + " (" + b.originDivision() + ')'); //$NON-NLS-1$
		field(details, Messages.BatchEditor_traceCode, b.traceCode());
		field(details, Messages.BatchEditor_certifications,
				b.certifications().stream().map(Certification::label).collect(Collectors.joining(", "))); //$NON-NLS-1$
		Label codeLabel = new Label(details, SWT.NONE);
		codeLabel.setText(Messages.BatchEditor_code);
		Text code = new Text(details, SWT.READ_ONLY);
		code.setText(b.code());
		code.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
	}

	private static void field(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.READ_ONLY);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	ChartComposite chartComposite() {
		return chartComposite;
	}

	int chartDays() {
		return chart.dayCount();
	}

	int timelineRows() {
		return traceTabs.timelineRows();
	}

	TableViewer timeline() {
		return traceTabs.timeline();
	}

	void showTimeline() {
		traceTabs.showTimeline();
	}

	String eventDetails() {
		return traceTabs.eventDetails();
	}

	@Override
	public void setFocus() {
		chartComposite.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// Read-only: batches change only through recorded events.
	}

	@Override
	public void doSaveAs() {
		// Read-only.
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
