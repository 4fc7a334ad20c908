package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Drives Window > Master Data as a user does: selects a record and runs an item of its context menu. */
public final class MasterDataViewBot {

	/** The context menu's items. */
	public static final String EDIT = Messages.MasterData_edit;
	public static final String HISTORY = Messages.MasterData_history;
	public static final String DEACTIVATE = Messages.MasterData_deactivate;
	public static final String REACTIVATE = Messages.MasterData_reactivate;
	/** The word that marks a deactivated record. */
	public static final String INACTIVE = Messages.MasterData_inactive;

	private static final long TIMEOUT_MS = 30_000;

	private final MasterDataView view;
	private final TreeViewer viewer;

	private MasterDataViewBot(MasterDataView view) {
		this.view = view;
		this.viewer = (TreeViewer) view.getSite().getSelectionProvider();
	}

	/** Shows the view and waits for what it reads. */
	public static MasterDataViewBot show(IWorkbenchPage page) {
		try {
			MasterDataViewBot bot = new MasterDataViewBot((MasterDataView) page.showView(MasterDataView.ID));
			waitUntil("the master data", TIMEOUT_MS, () -> bot.viewer.getInput() != null); //$NON-NLS-1$
			return bot;
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/** Selects the record, as a click on its row does, once the view shows it. */
	public MasterDataViewBot select(Object record) {
		view.getSite().getPage().activate(view);
		waitUntil("the view to show " + record + " among " + rows(), TIMEOUT_MS, () -> { //$NON-NLS-1$ //$NON-NLS-2$
			viewer.expandAll();
			return viewer.testFindItem(record) != null;
		});
		viewer.setSelection(new StructuredSelection(record), true);
		return this;
	}

	/** Runs the context menu's item with this text on the selected record. */
	public MasterDataViewBot run(String item) {
		Menu menu = viewer.getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem found = Arrays.stream(menu.getItems()).filter(i -> item.equals(i.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no menu item " + item)); //$NON-NLS-1$
		if (!found.isEnabled()) {
			throw new AssertionError(item + " is disabled"); //$NON-NLS-1$
		}
		found.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		return this;
	}

	/** Whether the context menu's item is enabled for the selected record. */
	public boolean enabled(String item) {
		Menu menu = viewer.getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		boolean enabled = Arrays.stream(menu.getItems()).anyMatch(i -> item.equals(i.getText()) && i.isEnabled());
		menu.notifyListeners(SWT.Hide, new Event());
		return enabled;
	}

	/** Switches the tool bar's Show Deactivated toggle. */
	public MasterDataViewBot showInactive(boolean on) {
		view.showInactive.setChecked(on);
		view.showInactive.run();
		return this;
	}

	/** The labels of the rows the tree shows, once the Jobs that read it are done. */
	public List<String> rows() {
		waitForJobs(TIMEOUT_MS);
		viewer.expandAll();
		return Arrays.stream(viewer.getTree().getItems()).flatMap(MasterDataViewBot::withChildren).map(TreeItem::getText)
				.toList();
	}

	private static Stream<TreeItem> withChildren(TreeItem item) {
		return Stream.concat(Stream.of(item), Arrays.stream(item.getItems()).flatMap(MasterDataViewBot::withChildren));
	}

	/** Waits until a row shows this text. */
	public MasterDataViewBot showsRow(String text) {
		waitUntil("a row with " + text, TIMEOUT_MS, () -> rows().stream().anyMatch(r -> r.contains(text))); //$NON-NLS-1$
		return this;
	}

	/** Waits for the record's row to carry the inactive mark: the view redraws after the change is stored. */
	public MasterDataViewBot showsRowMarkedInactive(String name) {
		waitUntil(name + " marked " + INACTIVE, TIMEOUT_MS, //$NON-NLS-1$
				() -> rows().stream().anyMatch(r -> r.startsWith(name) && r.endsWith(INACTIVE)));
		return this;
	}
}
