package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.ui.JobFamilies;
import io.agritrace.ui.internal.editors.BatchEditorBot;
import io.agritrace.ui.internal.handlers.CommandIds;

/** The Batch Navigator as a user drives it: what it shows, and the commands run from it. */
public final class NavigatorBot {

	private static final long TIMEOUT_MS = 30_000;
	private static final String REFRESH_BATCHES = "io.agritrace.ui.commands.refreshBatches"; //$NON-NLS-1$

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

	/** True while the workspace is empty and the view invites to load the demo data instead of showing the tree. */
	public boolean showsInvitation() {
		return button(Messages.BatchNavigator_loadDemo).getParent().getVisible();
	}

	/** The tree, which is the view's selection provider. */
	private TreeViewer viewer() {
		return (TreeViewer) view.getSite().getSelectionProvider();
	}

	private Button button(String text) {
		return Widgets.button(Widgets.of(view), text);
	}

	/** The wizard Register My Organisation opened, and whether its check box ("records for it") was ticked. */
	public record Registering(IWizard wizard, boolean ticked) {
	}

	/**
	 * Clicks the invitation's Register My Organisation button and returns the
	 * wizard that opens, closed again once it has read the store: the command
	 * opens it modal, so a timer looks at it from inside its event loop.
	 */
	public Registering registerOrganisation() {
		Button register = button(Messages.BatchNavigator_registerOrganisation);
		AtomicReference<Registering> opened = new AtomicReference<>();
		Display display = register.getDisplay();
		Runnable closeWizard = new Runnable() {
			@Override
			public void run() {
				if (display.getActiveShell() != null && display.getActiveShell().getData() instanceof WizardDialog dialog
						&& Job.getJobManager().isIdle()) {
					// After what the wizard's read left for the UI thread: asyncExec runs in order.
					display.asyncExec(() -> {
						Button box = Widgets.first(dialog.getShell(), Button.class, b -> (b.getStyle() & SWT.CHECK) != 0);
						opened.set(new Registering(dialog.getCurrentPage().getWizard(), box.getSelection()));
						dialog.close();
					});
				} else {
					display.timerExec(100, this);
				}
			}
		};
		display.timerExec(100, closeWizard);
		register.notifyListeners(SWT.Selection, new Event());
		waitUntil("the wizard", TIMEOUT_MS, () -> opened.get() != null); //$NON-NLS-1$
		return opened.get();
	}

	/** Runs Load Demo Data and waits for the batches to show. */
	public NavigatorBot loadDemoData() {
		execute(CommandIds.LOAD_DEMO_DATA);
		waitForJobs(JobFamilies.IMPORT, TIMEOUT_MS);
		// The navigator hears of the new batches from the broker, then reads them in a Job of its own.
		waitUntil("batches in the navigator", TIMEOUT_MS, () -> !showsInvitation()); //$NON-NLS-1$
		waitForJobs(TIMEOUT_MS);
		return this;
	}

	/** Runs Refresh, as F5 does: the navigator reads the batches again. */
	public NavigatorBot refresh() {
		execute(REFRESH_BATCHES);
		return this;
	}

	/** The demo data, loaded unless the workspace has batches already. */
	public NavigatorBot withBatches() {
		return showsInvitation() ? loadDemoData() : this;
	}

	/** Types into the filter field, as a user does. */
	public NavigatorBot filter(String text) {
		Widgets.first(Widgets.of(view), Text.class, t -> (t.getStyle() & SWT.SEARCH) != 0).setText(text);
		return this;
	}

	/**
	 * Whether the tree is seen with its rows, as a user looks at the view: shown (not the invitation, not
	 * hidden), with room for a row, and the row at its top drawn inside it.
	 */
	public boolean showsRows() {
		Tree tree = viewer().getTree();
		return !showsInvitation() && tree.isVisible() && tree.getItemCount() > 0
				&& tree.getClientArea().height >= tree.getItemHeight() && tree.getTopItem() != null
				&& tree.getClientArea().intersects(tree.getTopItem().getBounds());
	}

	/** The batches the filter leaves, whether or not their heading is open. */
	public int rows() {
		return shownInOrder().size();
	}

	/** The batch in this row, counting batches only, down the tree as a user reads it. */
	public ProductBatch batch(int row) {
		return shownInOrder().get(row);
	}

	/** The batches under the tree's headings, headings first, as a user reads down. */
	private List<ProductBatch> shownInOrder() {
		List<ProductBatch> order = new ArrayList<>();
		for (Object root : (List<?>) viewer().getInput()) {
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

	/** The first row, counting batches only, of a batch of the product with this GTIN. */
	public int rowOf(String gtin) {
		List<ProductBatch> shown = shownInOrder();
		return IntStream.range(0, shown.size()).filter(i -> shown.get(i).gtin().toString().equals(gtin)).findFirst()
				.orElseThrow(() -> new AssertionError("no batch of " + gtin)); //$NON-NLS-1$
	}

	/** What a column shows of the batch in this row. */
	public String cell(int row, int column) {
		return ((ColumnLabelProvider) viewer().getLabelProvider(column)).getText(batch(row));
	}

	/** The index of the column with this title. */
	public int column(String title) {
		TreeColumn[] columns = viewer().getTree().getColumns();
		return IntStream.range(0, columns.length).filter(i -> columns[i].getText().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no column " + title)); //$NON-NLS-1$
	}

	/** Whether the column with this title is seen whole in the view as it opens, without scrolling sideways. */
	public boolean seesWhole(String title) {
		Tree tree = viewer().getTree();
		int right = 0;
		for (int index : tree.getColumnOrder()) {
			right += tree.getColumn(index).getWidth();
			if (tree.getColumn(index).getText().equals(title)) {
				return right <= tree.getClientArea().width;
			}
		}
		return false;
	}

	/**
	 * The batches' names that the product column cuts, or that lie past the tree's right edge, as the tree shows
	 * them now (every heading open): none when each name reads whole without scrolling sideways.
	 */
	public List<String> namesCut() {
		Tree tree = viewer().getTree();
		List<String> cut = new ArrayList<>();
		GC gc = new GC(tree);
		try {
			for (TreeItem item : items(tree.getItems())) {
				Rectangle text = item.getTextBounds(0);
				int needed = gc.textExtent(item.getText(0)).x;
				if (item.getData() instanceof ProductBatch && (needed > text.width || text.x + needed > tree.getClientArea().width)) {
					cut.add(item.getText(0) + " needs " + needed + " px in " + text);
				}
			}
		} finally {
			gc.dispose();
		}
		return cut;
	}

	/** These items and the items under them, down the open headings. */
	private static List<TreeItem> items(TreeItem[] items) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : items) {
			all.add(item);
			if (item.getExpanded()) {
				all.addAll(items(item.getItems()));
			}
		}
		return all;
	}

	public String toolTip(int row, int column) {
		return ((ColumnLabelProvider) viewer().getLabelProvider(column)).getToolTipText(batch(row));
	}

	public boolean showsToolTips() {
		return viewer().getTree().isListening(SWT.MouseHover);
	}

	/** The top headings' texts, as shown. */
	public List<String> headings() {
		return Arrays.stream(viewer().getTree().getItems()).map(TreeItem::getText).toList();
	}

	/** The texts under the first heading that starts with {@code heading}, as shown. */
	public List<String> under(String heading) {
		TreeItem item = Arrays.stream(viewer().getTree().getItems()).filter(i -> i.getText().startsWith(heading))
				.findFirst().orElseThrow(() -> new AssertionError("no heading " + heading + " in " //$NON-NLS-1$ //$NON-NLS-2$
						+ headings()));
		return Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
	}

	/** Chooses Group By > {@code label} in the view's menu. */
	public NavigatorBot groupBy(String label) {
		IMenuManager menu = (IMenuManager) view.getViewSite().getActionBars().getMenuManager()
				.find(NavigatorActionGroup.GROUP_BY_MENU);
		IAction choice = action(menu, label);
		// Radio items: the one chosen is checked, the others not, before it runs.
		for (IContributionItem item : menu.getItems()) {
			((ActionContributionItem) item).getAction().setChecked(((ActionContributionItem) item).getAction() == choice);
		}
		choice.run();
		return this;
	}

	/** Turns Link with Editor on or off, as its tool bar button does. */
	public NavigatorBot linkWithEditor(boolean on) {
		IAction link = action(view.getViewSite().getActionBars().getToolBarManager(), Messages.BatchNavigator_linkWithEditor);
		link.setChecked(on);
		link.run();
		return this;
	}

	/** The batches selected in the navigator. */
	public List<?> selection() {
		return viewer().getStructuredSelection().toList();
	}

	private static IAction action(IContributionManager manager, String label) {
		return Arrays.stream(manager.getItems()).filter(ActionContributionItem.class::isInstance)
				.map(i -> ((ActionContributionItem) i).getAction()).filter(a -> label.equals(a.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no action " + label)); //$NON-NLS-1$
	}

	/** Selects the row in the active navigator, as a click does. */
	public NavigatorBot select(int row) {
		page.activate(view);
		viewer().setSelection(new StructuredSelection(batch(row)), true);
		return this;
	}

	/** Runs Ship… on the selected lot, as its context menu does. */
	public NavigatorBot ship() {
		execute(CommandIds.SHIP);
		return this;
	}

	/** Selects the row and runs Open Batch, as a double-click does. */
	public BatchEditorBot open(int row) {
		viewer().setSelection(new StructuredSelection(batch(row)), true);
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
