package io.agritrace.ui.internal.editors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.osgi.service.event.EventHandler;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.LotStories;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.BatchEditorPage;
import io.agritrace.ui.RecallDrill;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * One batch on form pages: Overview, Provenance, Events, Lineage, Recall, then the pages
 * other bundles contribute ({@value #PAGES_POINT}). The trace is read once in a
 * Job for all pages, and again when events are stored (a correction, a receipt).
 */
public final class BatchEditor extends FormEditor implements RecallDrill {

	static final String PAGES_POINT = "io.agritrace.ui.batchEditorPages"; //$NON-NLS-1$
	/** The Events page's context menu, for menu contributions ({@code popup:} this id). */
	public static final String TIMELINE_MENU = "io.agritrace.ui.editors.batch.timeline"; //$NON-NLS-1$
	/** The Overview's header tool bar, for command contributions ({@code toolbar:} this id). */
	public static final String OVERVIEW_TOOLBAR = "io.agritrace.ui.editors.batch.overview"; //$NON-NLS-1$

	private final PageSelection selection = new PageSelection();
	private final List<TracePage> tracePages = new ArrayList<>();
	private final List<BatchEditorPage> contributedPages = new ArrayList<>();
	private RecallPage recall;
	/** Called on the UI thread: the broker's subscribe delivers there. */
	private final EventHandler eventsStored = event -> read();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof BatchEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.BatchEditor_wrongInput, input.getClass().getName()));
		}
		super.init(site, input);
		site.setSelectionProvider(selection);
		setPartName(batch().lot());
		setTitleToolTip(batch().code());
	}

	private ProductBatch batch() {
		return ((BatchEditorInput) getEditorInput()).batch();
	}

	@Override
	protected void addPages() {
		recall = new RecallPage(this);
		try {
			for (TracePage page : List.of(new OverviewPage(this, batch()), new ProvenancePage(this, batch().code()),
					new EventsPage(this), new LineagePage(this), recall)) {
				addPage(page);
				tracePages.add(page);
			}
		} catch (PartInitException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
		addContributedPages();
	}

	@Override
	protected void createPages() {
		super.createPages();
		read();
		getSite().getService(IEventBroker.class).subscribe(StoreTopics.EVENTS, eventsStored);
	}

	/** A contribution that fails is logged and left out; the editor still opens. */
	private void addContributedPages() {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(PAGES_POINT)) {
			try {
				BatchEditorPage page = (BatchEditorPage) element.createExecutableExtension("class"); //$NON-NLS-1$
				ContributedPageHost host = new ContributedPageHost();
				Control control = page.create(getContainer(), host, batch(), getEditorSite());
				host.placeAt(addPage(control));
				contributedPages.add(page);
			} catch (CoreException | RuntimeException e) {
				ILog.of(getClass()).error(NLS.bind(Messages.BatchEditor_pageFailed, element.getContributor().getName()), e);
			}
		}
	}

	/** A contributed page's title and reveal, wherever the editor placed it. */
	private final class ContributedPageHost implements BatchEditorPage.Host {
		private int index = -1;
		private String title = ""; //$NON-NLS-1$

		void placeAt(int pageIndex) {
			index = pageIndex;
			setPageText(index, title);
		}

		@Override
		public void setTitle(String text) {
			title = text;
			if (index >= 0) {
				setPageText(index, text);
			}
		}

		@Override
		public void reveal() {
			if (index >= 0) {
				setActivePage(index);
			}
		}
	}

	/** Reads the trace in a Job and hands it to every page. */
	private void read() {
		String code = batch().code();
		new StoreReadJob<>(NLS.bind(Messages.BatchEditor_tracing, batch().lot()), getSite().getService(WorkspaceStore.class),
				s -> new LotStories(s).read(code, WorkbenchLanguage.current()), getContainer(),
				read -> tracePages.forEach(page -> page.update(read))).schedule();
	}

	/** The page in front gives the editor its selection, once its controls exist. */
	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		IFormPage page = getActivePageInstance();
		selection.follow(page instanceof TracePage trace ? trace.selectionProvider() : null);
	}

	/** Contributed pages are adapters of the editor, for their bundle's commands. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		for (BatchEditorPage page : contributedPages) {
			if (adapter.isInstance(page)) {
				return adapter.cast(page);
			}
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(eventsStored);
		super.dispose();
	}

	/** Shows the Recall page with a mock-recall drill's clock running from {@code started}. */
	@Override
	public void startRecallDrill(Instant started) {
		setActivePage(RecallPage.ID);
		recall.startDrill(started);
	}

	@Override
	public void stopRecallDrill() {
		recall.stopDrill();
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
