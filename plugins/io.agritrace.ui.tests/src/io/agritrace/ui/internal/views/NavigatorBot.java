package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.internal.editors.BatchEditorBot;
import io.agritrace.ui.internal.handlers.CommandIds;

/** The Batch Navigator as a user drives it: what it shows, and the commands run from it. */
public final class NavigatorBot {

	private static final long TIMEOUT_MS = 30_000;

	private final IWorkbenchPage page;
	private final BatchNavigatorView view;

	private NavigatorBot(IWorkbenchPage page, BatchNavigatorView view) {
		this.page = page;
		this.view = view;
	}

	/** Shows the navigator and waits until it has read the store. */
	public static NavigatorBot show(IWorkbenchPage page) {
		try {
			BatchNavigatorView view = (BatchNavigatorView) page.showView(BatchNavigatorView.ID);
			waitForJobs(TIMEOUT_MS);
			return new NavigatorBot(page, view);
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	public boolean showsInvitation() {
		return view.showsEmptyPage();
	}

	/** Runs Load Demo Data and waits for the batches to show. */
	public NavigatorBot loadDemoData() {
		execute(CommandIds.LOAD_DEMO_DATA);
		waitUntil("batches in the navigator", TIMEOUT_MS, () -> !view.showsEmptyPage()); //$NON-NLS-1$
		waitForJobs(TIMEOUT_MS);
		return this;
	}

	/** The demo data, loaded unless the workspace has batches already. */
	public NavigatorBot withBatches() {
		return showsInvitation() ? loadDemoData() : this;
	}

	/** Types into the filter field, as a user does. */
	public NavigatorBot filter(String text) {
		view.filter().setText(text);
		return this;
	}

	public int rows() {
		return view.viewer().getTable().getItemCount();
	}

	/** The batch in this row as the filter leaves them (rows of the virtual table may not be drawn yet). */
	public ProductBatch batch(int row) {
		return ((List<?>) view.viewer().getInput()).stream().map(ProductBatch.class::cast).toList().get(row);
	}

	public String cell(int row, int column) {
		return view.viewer().getTable().getItem(row).getText(column);
	}

	public String toolTip(int row, int column) {
		return ((ColumnLabelProvider) view.viewer().getLabelProvider(column)).getToolTipText(batch(row));
	}

	public boolean showsToolTips() {
		return view.viewer().getTable().isListening(SWT.MouseHover);
	}

	/** Selects the row in the active navigator, as a click does. */
	public NavigatorBot select(int row) {
		page.activate(view);
		view.viewer().setSelection(new StructuredSelection(batch(row)), true);
		return this;
	}

	/** Selects the row and runs Open Batch, as a double-click does. */
	public BatchEditorBot open(int row) {
		view.viewer().setSelection(new StructuredSelection(batch(row)), true);
		page.activate(view);
		execute(CommandIds.OPEN_BATCH);
		return BatchEditorBot.of(page.getActiveEditor());
	}

	private void execute(String commandId) {
		try {
			view.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError(commandId + " failed", e); //$NON-NLS-1$
		}
	}
}
