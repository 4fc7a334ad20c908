package io.agritrace.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.service.event.EventHandler;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.BatchListing;
import io.agritrace.service.LotVerdict;
import io.agritrace.service.Quantities;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.HeadingsContent;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.handlers.CommandIds;
import io.agritrace.ui.internal.wizards.RegisterPartyWizard;

/**
 * The workspace's batches in a tree grouped by category and product, county
 * or current holder, filtered as the user types and marked pending until their
 * events are anchored, then verified or mismatched once Verify on Chain has
 * checked them this session. An empty workspace shows an invitation to load the demo
 * data instead of an empty tree. Linked with the editor, it selects the batch
 * of the editor in front, and brings a selected batch's open editor to front.
 */
public final class BatchNavigatorView extends ViewPart {

	public static final String ID = "io.agritrace.ui.views.batchNavigator"; //$NON-NLS-1$
	/** Key bindings that act on the navigator (F5: refresh) while it is active. */
	public static final String CONTEXT_ID = "io.agritrace.ui.contexts.batchNavigator"; //$NON-NLS-1$
	/** Up to this many batches the tree opens every heading; more stay closed, so a keystroke stays quick. */
	private static final int EXPAND_AT_MOST = 200;
	/** The view menu's Group By submenu. */
	static final String GROUP_BY_MENU = ID + ".groupBy"; //$NON-NLS-1$
	private static final String MEMENTO_GROUPING = "grouping"; //$NON-NLS-1$
	private static final String MEMENTO_LINKED = "linkedWithEditor"; //$NON-NLS-1$

	private Composite pages;
	private StackLayout stack;
	private Composite emptyPage;
	private Composite listPage;
	private Text filter;
	private TreeViewer viewer;
	private BatchListing listing = new BatchListing(List.of(), Map.of());
	private List<ProductBatch> shown = List.of();
	private Grouping grouping = Grouping.CATEGORY;
	/** True while every heading is open because the filter left few batches. */
	private boolean expandedByFilter;
	private boolean linked;
	private WorkspaceStore store;
	private Image anchored;
	private Image pending;
	private Image verified;
	private Image mismatch;
	/** Each mark with the warning overlay, made when first needed. */
	private final Map<Image, Image> warned = new HashMap<>();
	/** What verifying on chain found this session, by lot; a lot's new event makes it stale. */
	private final Map<String, LotVerdict> verdicts = new HashMap<>();
	/** Called on the UI thread: the broker's subscribe delivers there. */
	private final EventHandler storeListener = event -> reload();
	private final EventHandler eventsListener = event -> {
		if (event.getProperty(IEventBroker.DATA) instanceof String lot) {
			verdicts.remove(lot);
		}
		reload();
	};
	private final EventHandler verifiedListener = event -> {
		if (event.getProperty(IEventBroker.DATA) instanceof StoreTopics.Verified v && viewer != null) {
			verdicts.put(v.lot(), v.outcome());
			viewer.refresh(true);
		}
	};
	/** Anchors arrive every few seconds: they change the marks, not which batches there are. */
	private final EventHandler anchorListener = event -> reloadMarks();
	private final IPartListener2 editorActivation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (linked && ref.getPart(false) instanceof IEditorPart editor
					&& editor.getEditorInput() instanceof BatchEditorInput input) {
				reveal(input.batch());
			}
		}
	};

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null) {
			String saved = memento.getString(MEMENTO_GROUPING);
			grouping = Arrays.stream(Grouping.values()).filter(g -> g.name().equals(saved)).findFirst()
					.orElse(Grouping.CATEGORY);
			linked = Boolean.TRUE.equals(memento.getBoolean(MEMENTO_LINKED));
		}
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(MEMENTO_GROUPING, grouping.name());
		memento.putBoolean(MEMENTO_LINKED, linked);
	}

	@Override
	public void createPartControl(Composite parent) {
		anchored = ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/anchored.png").orElseThrow() //$NON-NLS-1$
				.createImage();
		pending = ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/pending.png").orElseThrow() //$NON-NLS-1$
				.createImage();
		verified = ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/verified.png").orElseThrow() //$NON-NLS-1$
				.createImage();
		mismatch = ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/mismatch.png").orElseThrow() //$NON-NLS-1$
				.createImage();
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
		viewer.addDoubleClickListener(e -> {
			Object clicked = viewer.getStructuredSelection().getFirstElement();
			if (clicked instanceof ProductBatch) {
				executeCommand(CommandIds.OPEN_BATCH);
			} else if (clicked != null) {
				viewer.setExpandedState(clicked, !viewer.getExpandedState(clicked));
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (linked && e.getStructuredSelection().size() == 1
					&& e.getStructuredSelection().getFirstElement() instanceof ProductBatch batch) {
				bringEditorToTop(batch);
			}
		});
		createViewMenu();

		store = getSite().getService(WorkspaceStore.class);
		IEventBroker broker = getSite().getService(IEventBroker.class);
		broker.subscribe(StoreTopics.BATCHES, storeListener);
		broker.subscribe(StoreTopics.EVENTS, eventsListener);
		broker.subscribe(StoreTopics.VERIFIED, verifiedListener);
		broker.subscribe(StoreTopics.MASTER_DATA, storeListener);
		broker.subscribe(StoreTopics.ANCHORS, anchorListener);
		getSite().getPage().addPartListener(editorActivation);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		reload();
	}

	/** The view's menu: how to group; its tool bar: link with editor. */
	private void createViewMenu() {
		IActionBars bars = getViewSite().getActionBars();
		MenuManager groupBy = new MenuManager(Messages.BatchNavigator_groupBy, GROUP_BY_MENU);
		for (Grouping g : Grouping.values()) {
			Action choose = new Action(g.label(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						group(g);
					}
				}
			};
			choose.setChecked(g == grouping);
			groupBy.add(choose);
		}
		bars.getMenuManager().add(groupBy);
		Action link = new Action(Messages.BatchNavigator_linkWithEditor, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				linked = isChecked();
				if (linked && getSite().getPage().getActiveEditor() != null
						&& getSite().getPage().getActiveEditor().getEditorInput() instanceof BatchEditorInput input) {
					reveal(input.batch());
				}
			}
		};
		link.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		link.setChecked(linked);
		bars.getToolBarManager().add(link);
		bars.updateActionBars();
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
		Label start = new Label(page, SWT.WRAP);
		start.setText(Messages.BatchNavigator_startHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).indent(0, 12).applyTo(start);
		Button register = new Button(page, SWT.PUSH);
		register.setText(Messages.BatchNavigator_registerOrganisation);
		register.addListener(SWT.Selection, e -> openWizard(RegisterPartyWizard.ID));
		return page;
	}

	/** Opens a registration wizard as the Register menu does, through the platform's New Wizard command. */
	private void openWizard(String wizardId) {
		ICommandService commands = getSite().getService(ICommandService.class);
		try {
			getSite().getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
					commands.getCommand(IWorkbenchCommandConstants.FILE_NEW),
					Map.of(IWorkbenchCommandConstants.FILE_NEW_PARM_WIZARDID, wizardId)), null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	private TreeViewer createViewer(Composite parent) {
		TreeViewer treeViewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Tree tree = treeViewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		// Long product names ("Changbai Mountain ginseng, fresh") are cut: hovering shows them whole.
		ColumnViewerToolTipSupport.enableFor(treeViewer);
		// Wide enough for a heading such as "Changbai Mountain red ginseng (8)"; hovering shows a cut one whole.
		TreeViewerColumn first = column(treeViewer, Messages.BatchNavigator_columnProduct, 240,
				b -> listing.of(b).product());
		first.setLabelProvider(new FirstColumn());
		column(treeViewer, Messages.BatchNavigator_columnLot, 120, ProductBatch::lot);
		column(treeViewer, Messages.BatchNavigator_columnQuantity, 90, b -> Quantities.of(b.quantity(), b.unit(), WorkbenchLanguage.current()));
		column(treeViewer, Messages.BatchNavigator_columnHarvest, 100, b -> b.harvestDate().toString());
		column(treeViewer, Messages.BatchNavigator_columnOrigin, 90, b -> listing.of(b).county());
		column(treeViewer, Messages.BatchNavigator_columnTraceCode, 110, ProductBatch::traceCode);
		treeViewer.setContentProvider(new HeadingsContent<>(Grouping.Group.class, Grouping.Group::children));
		return treeViewer;
	}

	/** A column that shows a text of each batch, and nothing on the headings' rows. */
	private static TreeViewerColumn column(TreeViewer viewer, String title, int width, Function<ProductBatch, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ProductBatch b ? text.apply(b) : ""; //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		return column;
	}

	/** Headings with their count; batches with their product and whether their events are all anchored. */
	private final class FirstColumn extends ColumnLabelProvider {
		@Override
		public String getText(Object element) {
			return element instanceof Grouping.Group g ? NLS.bind(Messages.BatchNavigator_group, g.title(), g.batches())
					: listing.of((ProductBatch) element).product();
		}

		@Override
		public Image getImage(Object element) {
			if (!(element instanceof ProductBatch b)) {
				return null;
			}
			Image mark = switch (mark(b)) {
			case MISMATCH -> mismatch;
			case VERIFIED -> verified;
			case PENDING -> pending;
			case ANCHORED -> anchored;
			};
			return listing.of(b).warnings() ? warned.computeIfAbsent(mark, BatchNavigatorView::withWarning) : mark;
		}

		@Override
		public String getToolTipText(Object element) {
			if (element instanceof ProductBatch b) {
				return getText(b) + '\n' + switch (mark(b)) {
				case MISMATCH -> Messages.BatchNavigator_mismatch;
				case VERIFIED -> Messages.BatchNavigator_verified;
				case PENDING -> Messages.BatchNavigator_awaitingAnchor;
				case ANCHORED -> Messages.BatchNavigator_anchored;
				} + (listing.of(b).warnings() ? "\n" + Messages.BatchNavigator_warnings : ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return getText(element);
		}
	}

	/** The mark with the platform's warning sign in its lower right corner. */
	private static Image withWarning(Image mark) {
		Image warning = FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_WARNING)
				.getImage();
		return new DecorationOverlayIcon(mark, ImageDescriptor.createFromImage(warning), IDecoration.BOTTOM_RIGHT)
				.createImage();
	}

	/** A batch's mark, the worst news first: a mismatch found on chain stays until the lot changes. */
	enum Mark {
		MISMATCH, PENDING, VERIFIED, ANCHORED
	}

	Mark mark(ProductBatch b) {
		LotVerdict outcome = verdicts.get(b.code());
		if (outcome == LotVerdict.MISMATCH) {
			return Mark.MISMATCH;
		}
		if (listing.of(b).awaitingAnchor()) {
			return Mark.PENDING;
		}
		return outcome == LotVerdict.ALL_VERIFIED ? Mark.VERIFIED : Mark.ANCHORED;
	}

	/** Reads the batches in a Job and shows them. */
	private void reload() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		new StoreReadJob<>(Messages.BatchNavigator_loading, store, s -> BatchListing.read(s, WorkbenchLanguage.current()), pages, this::show).schedule();
	}

	/** Reads which lots await their anchor in a Job, and marks the batches shown. */
	private void reloadMarks() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		new StoreReadJob<>(Messages.BatchNavigator_loading, store, s -> s.outbox().itemsAwaitingAnchor(), pages,
				awaiting -> {
					listing = listing.withAwaiting(awaiting);
					viewer.refresh(true);
				}).schedule();
	}

	private void show(BatchListing read) {
		listing = read;
		applyFilter();
		stack.topControl = listing.batches().isEmpty() ? emptyPage : listPage;
		pages.layout();
	}

	private void group(Grouping by) {
		grouping = by;
		applyFilter();
	}

	/**
	 * Shows the batches whose trace code, lot, product (as shown or registered),
	 * GTIN, county of origin (name or GB/T 2260 code) or holder contain every
	 * word typed, under their headings.
	 */
	private void applyFilter() {
		String[] words = filter.getText().strip().toLowerCase(Locale.ROOT).split("\\s+"); //$NON-NLS-1$
		shown = words.length == 1 && words[0].isEmpty() ? listing.batches()
				: listing.batches().stream().filter(b -> matches(b, words)).toList();
		// Anchors arrive every few seconds: the headings the user opened stay open, the selection stays.
		// Headings opened only because few batches were shown close again, or clearing the
		// filter would open a heading of thousands.
		Object[] expanded = expandedByFilter ? new Object[0] : viewer.getExpandedElements();
		ISelection selected = viewer.getSelection();
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(grouping.groups(shown, listing));
			expandedByFilter = shown.size() <= EXPAND_AT_MOST;
			if (expandedByFilter) {
				viewer.expandAll();
			} else {
				viewer.setExpandedElements(expanded);
			}
			viewer.setSelection(selected);
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	private boolean matches(ProductBatch b, String[] words) {
		BatchListing.Facts facts = listing.of(b);
		String text = String.join("\n", b.traceCode(), b.lot(), facts.product(), b.productName(), //$NON-NLS-1$
				b.gtin().toString(), facts.county(), b.originDivision(), String.join("\n", facts.holders()), facts.producer()) //$NON-NLS-1$
				.toLowerCase(Locale.ROOT);
		for (String word : words) {
			if (!text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Selects the batch, opening its headings, when the filter shows it. */
	private void reveal(ProductBatch batch) {
		if (shown.contains(batch)) {
			viewer.setSelection(new StructuredSelection(batch), true);
		}
	}

	private void bringEditorToTop(ProductBatch batch) {
		IEditorPart editor = getSite().getPage().findEditor(new BatchEditorInput(batch));
		if (editor != null) {
			getSite().getPage().bringToTop(editor);
		}
	}

	private void executeCommand(String commandId) {
		try {
			getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			StatusManager.getManager().handle(
					Status.error(e.getMessage(), e), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	TreeViewer viewer() {
		return viewer;
	}

	Text filter() {
		return filter;
	}

	/** The batches the filter leaves, in the tree's order (headings first, as a user reads down). */
	List<ProductBatch> shownInOrder() {
		List<ProductBatch> order = new ArrayList<>();
		for (Object root : (List<?>) viewer.getInput()) {
			collect(root, order);
		}
		return order;
	}

	private static void collect(Object element, List<ProductBatch> into) {
		if (element instanceof Grouping.Group g) {
			g.children().forEach(child -> collect(child, into));
		} else {
			into.add((ProductBatch) element);
		}
	}

	Composite emptyPage() {
		return emptyPage;
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
		getSite().getService(IEventBroker.class).unsubscribe(anchorListener);
		getSite().getService(IEventBroker.class).unsubscribe(eventsListener);
		getSite().getService(IEventBroker.class).unsubscribe(verifiedListener);
		getSite().getPage().removePartListener(editorActivation);
		if (anchored != null) {
			anchored.dispose();
			pending.dispose();
			verified.dispose();
			mismatch.dispose();
			warned.values().forEach(Image::dispose);
		}
		super.dispose();
	}
}
