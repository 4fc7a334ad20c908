package io.agritrace.chain.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.anchor.Verification;
import io.agritrace.chain.ui.internal.ChainJobFamilies;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.ui.BatchEditorInput;

/**
 * The Chain page of a Batch editor, as a user reads it (its tab and its
 * table) and runs Verify on Chain, waiting for the chain's answer.
 */
public final class ChainPageBot {

	private static final String VERIFY_TRACE = "io.agritrace.chain.ui.commands.verifyTrace"; //$NON-NLS-1$
	private static final long TIMEOUT_MS = 30_000;
	/** What GTK draws beside a cell's text: a column only as wide as the text clips its last character. */
	private static final int CELL_PADDING = 8;

	private final IEditorPart editor;

	private ChainPageBot(IEditorPart editor) {
		this.editor = editor;
	}

	/** Opens the batch in its editor; the Chain page verifies at once. */
	public static ChainPageBot open(IWorkbenchPage page, ProductBatch batch) {
		try {
			IEditorPart editor = page.openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID);
			assertNotNull(editor.getAdapter(ChainPage.class), "the chain bundle contributes its page to the Batch editor");
			return new ChainPageBot(editor);
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/**
	 * Selects the batch in the Batch Navigator and runs Verify on Chain from
	 * there, as its context menu does: the batch's editor opens on its Chain
	 * page, which shows what the chain answered.
	 */
	public static ChainPageBot verifyFromNavigator(IWorkbenchPage page, ProductBatch batch) {
		try {
			IViewPart navigator = page.showView("io.agritrace.ui.views.batchNavigator"); //$NON-NLS-1$
			navigator.getSite().getSelectionProvider().setSelection(new StructuredSelection(batch));
			page.activate(navigator);
			navigator.getSite().getService(IHandlerService.class).executeCommand(VERIFY_TRACE, null);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		IEditorPart editor = page.findEditor(new BatchEditorInput(batch));
		assertNotNull(editor, "Verify on Chain opens the batch's editor");
		waitForJobs(ChainJobFamilies.VERIFICATION, TIMEOUT_MS);
		return new ChainPageBot(editor);
	}

	/** Runs Verify on Chain, as the Chain menu does, and waits until the page shows the chain's answer. */
	public ChainPageBot verify() {
		try {
			editor.getSite().getService(IHandlerService.class).executeCommand(VERIFY_TRACE, null);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		waitForJobs(ChainJobFamilies.VERIFICATION, TIMEOUT_MS);
		return this;
	}

	/** The page's tab: how many events verified. */
	public String title() {
		Composite page = table().getParent();
		CTabFolder tabs = Widgets.first(Widgets.of(editor), CTabFolder.class, f -> true);
		return Arrays.stream(tabs.getItems()).filter(i -> i.getControl() == page).map(CTabItem::getText).findFirst()
				.orElseThrow(() -> new AssertionError("no tab shows the Chain page")); //$NON-NLS-1$
	}

	/** The line above the table: who holds the lot now, and whom the chain names. */
	private Label holders() {
		return Widgets.first(table().getParent(), Label.class, l -> true);
	}

	public String holdersText() {
		return holders().getText();
	}

	/** Whether the holders' line shows all its wrapped lines, inside the editor's width. */
	public boolean holdersWhole() {
		Label line = holders();
		Rectangle bounds = line.getBounds();
		Rectangle page = line.getParent().getClientArea();
		return bounds.height >= line.computeSize(bounds.width, SWT.DEFAULT).y && bounds.x + bounds.width <= page.x + page.width;
	}

	/** The column titles whose widest text (or header) the column is too narrow for, with a cell's padding beside it. */
	public List<String> columnsCut() {
		Table table = table();
		GC gc = new GC(table);
		try {
			TableColumn[] columns = table.getColumns();
			return IntStream.range(0, columns.length).filter(i -> columns[i].getWidth() < Stream
					.concat(Stream.of(columns[i].getText()), Arrays.stream(table.getItems()).map(item -> item.getText(i)))
					.mapToInt(t -> gc.textExtent(t).x + CELL_PADDING).max().orElse(0)).mapToObj(i -> columns[i].getText()).toList();
		} finally {
			gc.dispose();
		}
	}

	/** The rows that show this state. */
	public long rowsShowing(Verification.State state) {
		String shown = label(state);
		return Arrays.stream(table().getItems()).filter(i -> shown.equals(i.getText(0))).count();
	}

	/** A column of the page, row by row as shown (worst first), by its title. */
	public List<String> column(String title) {
		Table table = table();
		int index = Arrays.asList(table.getColumns()).stream().map(TableColumn::getText).toList().indexOf(title);
		if (index < 0) {
			throw new AssertionError("no column " + title); //$NON-NLS-1$
		}
		return Arrays.stream(table.getItems()).map(i -> i.getText(index)).toList();
	}

	/** How many rows the page shows. */
	public int rows() {
		return table().getItemCount();
	}

	private Table table() {
		return Widgets.first(Widgets.of(editor), Table.class, t -> Arrays.stream(t.getColumns()).map(TableColumn::getText)
				.anyMatch(Messages.Verify_columnState::equals));
	}

	/** A state as the page's first column names it. */
	private static String label(Verification.State state) {
		return switch (state) {
		case VERIFIED -> Messages.Verify_verified;
		case PENDING -> Messages.Verify_pending;
		case NOT_ON_CHAIN -> Messages.Verify_notOnChain;
		case NOT_IN_DATABASE -> Messages.Verify_notInDatabase;
		case MISMATCH -> Messages.Verify_mismatch;
		};
	}
}
