package io.agritrace.ui.internal.views;

import java.util.Arrays;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.osgi.service.event.EventHandler;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.BatchListing;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.properties.PropertiesAdapterFactory;

/**
 * The workspace's batches in a tree ({@link BatchTree}) grouped by category
 * and product, county or current holder ({@link Grouping}), filtered as the
 * user types ({@link BatchFilter}) and marked as their anchors and the chain
 * say ({@link BatchMarks}); its menus are a {@link NavigatorActionGroup}. An
 * empty workspace shows an invitation to load the demo data instead of an
 * empty tree ({@link NavigatorInvitation}). Linked with the editor, it selects
 * the batch of the editor in front, and brings a selected batch's open editor
 * to front. The view reads the store in Jobs whenever a Job says it changed.
 */
public final class BatchNavigatorView extends ViewPart {

	public static final String ID = "io.agritrace.ui.views.batchNavigator"; //$NON-NLS-1$
	/** Key bindings that act on the navigator (F5: refresh) while it is active. */
	public static final String CONTEXT_ID = "io.agritrace.ui.contexts.batchNavigator"; //$NON-NLS-1$
	private static final String MEMENTO_GROUPING = "grouping"; //$NON-NLS-1$
	private static final String MEMENTO_LINKED = "linkedWithEditor"; //$NON-NLS-1$

	private Composite pages;
	private StackLayout stack;
	private Composite invitation;
	private Composite listPage;
	private Text filter;
	private BatchTree tree;
	private NavigatorActionGroup actions;
	private Grouping grouping = Grouping.CATEGORY;
	private boolean linked;
	private WorkspaceStore store;
	/** Called on the UI thread: the broker's subscribe delivers there. */
	private final EventHandler storeListener = event -> reload();
	private final EventHandler eventsListener = event -> {
		if (event.getProperty(IEventBroker.DATA) instanceof String lot) {
			tree.marks().changed(lot);
		}
		reload();
	};
	private final EventHandler verifiedListener = event -> {
		if (event.getProperty(IEventBroker.DATA) instanceof StoreTopics.Verified v && tree != null) {
			tree.marks().verified(v.lot(), v.outcome());
			tree.refreshMarks();
		}
	};
	/** Anchors arrive every few seconds: they change the marks, not which batches there are. */
	private final EventHandler anchorListener = event -> reloadMarks();
	private final IPartListener2 editorActivation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (linked && ref.getPart(false) instanceof IEditorPart editor
					&& editor.getEditorInput() instanceof BatchEditorInput input) {
				tree.reveal(input.batch());
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
		pages = new Composite(parent, SWT.NONE);
		stack = new StackLayout();
		pages.setLayout(stack);
		invitation = NavigatorInvitation.create(pages, getViewSite());
		listPage = new Composite(pages, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(listPage);
		filter = new Text(listPage, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.BatchNavigator_filter);
		filter.setToolTipText(Messages.BatchNavigator_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> regroup());
		tree = new BatchTree(listPage);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.viewer().getControl());
		stack.topControl = invitation;

		getSite().setSelectionProvider(tree.viewer());
		tree.viewer().addSelectionChangedListener(e -> {
			if (linked && e.getStructuredSelection().size() == 1
					&& e.getStructuredSelection().getFirstElement() instanceof ProductBatch batch) {
				bringEditorToTop(batch);
			}
		});
		actions = new NavigatorActionGroup(this, tree.viewer());
		actions.fillActionBars(getViewSite().getActionBars());

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

	Grouping grouping() {
		return grouping;
	}

	/** Groups the batches shown by another heading. */
	void group(Grouping by) {
		grouping = by;
		regroup();
	}

	boolean linked() {
		return linked;
	}

	/** Links the navigator with the editor, selecting the batch of the editor in front, or unlinks it. */
	void link(boolean on) {
		linked = on;
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (linked && active != null && active.getEditorInput() instanceof BatchEditorInput input) {
			tree.reveal(input.batch());
		}
	}

	/** Reads the batches in a Job and shows them. */
	private void reload() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		new StoreReadJob<>(Messages.BatchNavigator_loading, store, s -> BatchListing.read(s, WorkbenchLanguage.current()),
				pages, this::show).schedule();
	}

	/** Reads which lots await their anchor in a Job, and marks the batches shown. */
	private void reloadMarks() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		new StoreReadJob<>(Messages.BatchNavigator_loading, store, s -> s.outbox().itemsAwaitingAnchor(), pages,
				tree::showAwaiting).schedule();
	}

	private void show(BatchListing read) {
		tree.show(read, BatchFilter.of(filter.getText()), grouping);
		stack.topControl = read.batches().isEmpty() ? invitation : listPage;
		pages.layout();
	}

	/** Shows the batches again, after the filter or the grouping changed. */
	private void regroup() {
		tree.show(tree.listing(), BatchFilter.of(filter.getText()), grouping);
	}

	private void bringEditorToTop(ProductBatch batch) {
		IEditorPart editor = getSite().getPage().findEditor(new BatchEditorInput(batch));
		if (editor != null) {
			getSite().getPage().bringToTop(editor);
		}
	}

	/** The Properties view names a listed batch's product, producer and holders as the navigator read them. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && tree != null) {
			PropertySheetPage properties = new PropertySheetPage();
			properties.setPropertySourceProvider(element -> element instanceof ProductBatch batch
					? PropertiesAdapterFactory.ofListed(batch, tree.listing() == null ? null : tree.listing().of(batch))
					: null);
			return adapter.cast(properties);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		stack.topControl.setFocus();
	}

	@Override
	public void dispose() {
		IEventBroker broker = getSite().getService(IEventBroker.class);
		broker.unsubscribe(storeListener);
		broker.unsubscribe(anchorListener);
		broker.unsubscribe(eventsListener);
		broker.unsubscribe(verifiedListener);
		getSite().getPage().removePartListener(editorActivation);
		if (actions != null) {
			actions.dispose();
		}
		super.dispose();
	}
}
