package io.agritrace.ui.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.service.event.EventHandler;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.Quantities;
import io.agritrace.ui.internal.handlers.CommandIds;

/**
 * Lists the workspace's batches. An empty workspace shows an invitation to load
 * the demo data instead of an empty table.
 */
public final class BatchNavigatorView extends ViewPart {

	public static final String ID = "io.agritrace.ui.views.batchNavigator"; //$NON-NLS-1$
	/** Key bindings that act on the navigator (F5: refresh) while it is active. */
	public static final String CONTEXT_ID = "io.agritrace.ui.contexts.batchNavigator"; //$NON-NLS-1$

	private Composite pages;
	private StackLayout stack;
	private Composite emptyPage;
	private Composite listPage;
	private Text filter;
	private TableViewer viewer;
	private List<ProductBatch> batches = List.of();
	/** Product names in the user's language, by GTIN; a batch of a product without one shows its own name. */
	private Map<String, String> productNames = Map.of();
	private WorkspaceStore store;
	/** Called on the UI thread: the broker's subscribe delivers there. */
	private final EventHandler storeListener = event -> reload();

	/** What the navigator shows: the batches, and their products' names in the user's language by GTIN. */
	private record Listing(List<ProductBatch> batches, Map<String, String> productNames) {
		static Listing read(TraceStore store) {
			List<ProductBatch> batches = store.batches().list();
			Map<String, String> names = new HashMap<>();
			batches.stream().map(b -> b.gtin().toString()).distinct().forEach(gtin -> store.masterData()
					.productName(gtin, DisplayLanguage.current()).ifPresent(name -> names.put(gtin, name)));
			return new Listing(batches, names);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		pages = new Composite(parent, SWT.NONE);
		stack = new StackLayout();
		pages.setLayout(stack);
		emptyPage = createEmptyPage(pages);
		listPage = new Composite(pages, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(listPage);
		filter = new Text(listPage, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.BatchNavigator_filter);
		filter.setToolTipText(Messages.BatchNavigator_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> applyFilter());
		viewer = createViewer(listPage);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		stack.topControl = emptyPage;

		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		viewer.addDoubleClickListener(e -> executeCommand(CommandIds.OPEN_BATCH));

		store = getSite().getService(WorkspaceStore.class);
		IEventBroker broker = getSite().getService(IEventBroker.class);
		broker.subscribe(StoreTopics.BATCHES, storeListener);
		broker.subscribe(StoreTopics.EVENTS, storeListener);
		broker.subscribe(StoreTopics.MASTER_DATA, storeListener);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		reload();
	}

	private Composite createEmptyPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.WRAP);
		title.setText(Messages.BatchNavigator_emptyTitle);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.BatchNavigator_emptyHint);
		GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false);
		hintData.widthHint = 220;
		hint.setLayoutData(hintData);
		Button load = new Button(page, SWT.PUSH);
		load.setText(Messages.BatchNavigator_loadDemo);
		load.addListener(SWT.Selection, e -> executeCommand(CommandIds.LOAD_DEMO_DATA));
		return page;
	}

	private TableViewer createViewer(Composite parent) {
		// Virtual: only the rows in view get their texts, so a filter over 10,000 batches stays quick.
		TableViewer tableViewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
		Table table = tableViewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		// Long product names ("Changbai Mountain ginseng, fresh") are cut: hovering shows them whole.
		ColumnViewerToolTipSupport.enableFor(tableViewer);
		// The batch's own name is bilingual (demo data), too wide for the column.
		TextColumns.<ProductBatch>add(tableViewer, Messages.BatchNavigator_columnProduct, 180, this::productName);
		TextColumns.<ProductBatch>add(tableViewer, Messages.BatchNavigator_columnLot, 120, ProductBatch::lot);
		TextColumns.<ProductBatch>add(tableViewer, Messages.BatchNavigator_columnQuantity, 90,
				b -> Quantities.of(b.quantity(), b.unit()));
		TextColumns.<ProductBatch>add(tableViewer, Messages.BatchNavigator_columnHarvest, 100,
				b -> b.harvestDate().toString());
		TextColumns.<ProductBatch>add(tableViewer, Messages.BatchNavigator_columnOrigin, 90,
				BatchNavigatorView::county);
		TextColumns.<ProductBatch>add(tableViewer, Messages.BatchNavigator_columnTraceCode, 110, ProductBatch::traceCode);
		tableViewer.setContentProvider(ArrayContentProvider.getInstance());
		return tableViewer;
	}

	/** Reads the batches in a Job and shows them. */
	private void reload() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		new StoreReadJob<>(Messages.BatchNavigator_loading, store, Listing::read, pages, this::show).schedule();
	}

	private void show(Listing listing) {
		productNames = listing.productNames();
		batches = listing.batches();
		applyFilter();
		stack.topControl = batches.isEmpty() ? emptyPage : listPage;
		pages.layout();
	}

	private String productName(ProductBatch b) {
		return productNames.getOrDefault(b.gtin().toString(), b.productName());
	}

	private static String county(ProductBatch b) {
		return Divisions.name(b.originDivision(), DisplayLanguage.current());
	}

	/**
	 * Shows the batches whose trace code, lot, product (as shown or registered),
	 * GTIN or county of origin (name or GB/T 2260 code) contain every word typed.
	 */
	private void applyFilter() {
		String[] words = filter.getText().strip().toLowerCase(Locale.ROOT).split("\\s+"); //$NON-NLS-1$
		viewer.setInput(words.length == 1 && words[0].isEmpty() ? batches
				: batches.stream().filter(b -> matches(b, words)).toList());
	}

	private boolean matches(ProductBatch b, String[] words) {
		String text = String.join("\n", b.traceCode(), b.lot(), productName(b), b.productName(), b.gtin().toString(), //$NON-NLS-1$
				county(b), b.originDivision()).toLowerCase(Locale.ROOT);
		for (String word : words) {
			if (!text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private void executeCommand(String commandId) {
		try {
			getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			StatusManager.getManager().handle(
					Status.error(e.getMessage(), e), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	TableViewer viewer() {
		return viewer;
	}

	Text filter() {
		return filter;
	}

	/** True while the workspace is empty and the demo invitation shows. */
	boolean showsEmptyPage() {
		return stack.topControl == emptyPage;
	}

	@Override
	public void setFocus() {
		stack.topControl.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(storeListener);
		super.dispose();
	}
}
