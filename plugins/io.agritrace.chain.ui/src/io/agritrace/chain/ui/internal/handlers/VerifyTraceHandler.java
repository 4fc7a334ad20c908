package io.agritrace.chain.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.chain.ui.internal.editors.ChainPage;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.BatchEditorInput;

/**
 * Verifies a lot's trace against the chain again, on its Batch editor's Chain
 * page: the lot selected in a view (its editor opens), or the active editor's.
 */
public final class VerifyTraceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActivePart(event) instanceof IEditorPart active ? active
				: HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof ProductBatch batch
						? open(event, batch)
						: HandlerUtil.getActiveEditor(event);
		ChainPage page = editor == null ? null : editor.getAdapter(ChainPage.class);
		if (page != null) {
			page.reveal();
			page.verify();
		}
		return null;
	}

	private static IEditorPart open(ExecutionEvent event, ProductBatch batch) throws ExecutionException {
		try {
			return HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
