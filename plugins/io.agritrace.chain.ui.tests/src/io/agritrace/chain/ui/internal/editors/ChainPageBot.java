package io.agritrace.chain.ui.internal.editors;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.anchor.Verification;
import io.agritrace.chain.ui.internal.handlers.VerifyTraceHandler;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.BatchEditorInput;

/** The Chain page of a Batch editor, as a user reads it and runs Verify on Chain. */
public final class ChainPageBot {

	private final IEditorPart editor;
	private final ChainPage tab;

	private ChainPageBot(IEditorPart editor, ChainPage tab) {
		this.editor = editor;
		this.tab = tab;
	}

	/** Opens the batch in its editor; the Chain page verifies at once. */
	public static ChainPageBot open(IWorkbenchPage page, ProductBatch batch) {
		try {
			IEditorPart editor = page.openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID);
			ChainPage chainPage = editor.getAdapter(ChainPage.class);
			assertNotNull(chainPage, "the chain bundle contributes its page to the Batch editor");
			return new ChainPageBot(editor, chainPage);
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/**
	 * Selects the batch in the Batch Navigator and runs Verify on Chain from
	 * there, as its context menu does: the batch's editor opens on its Chain page.
	 */
	public static ChainPageBot verifyFromNavigator(IWorkbenchPage page, ProductBatch batch) {
		try {
			IViewPart navigator = page.showView("io.agritrace.ui.views.batchNavigator"); //$NON-NLS-1$
			navigator.getSite().getSelectionProvider().setSelection(new StructuredSelection(batch));
			page.activate(navigator);
			navigator.getSite().getService(IHandlerService.class).executeCommand(VerifyTraceHandler.COMMAND_ID, null);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		IEditorPart editor = page.findEditor(new BatchEditorInput(batch));
		assertNotNull(editor, "Verify on Chain opens the batch's editor");
		return new ChainPageBot(editor, editor.getAdapter(ChainPage.class));
	}

	/** Runs Verify on Chain, as the Chain menu does. */
	public ChainPageBot verify() {
		try {
			editor.getSite().getService(IHandlerService.class).executeCommand(VerifyTraceHandler.COMMAND_ID, null);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		return this;
	}

	public String title() {
		return tab.title();
	}

	public long rowsShowing(Verification.State state) {
		return tab.rowsShowing(state);
	}
}
