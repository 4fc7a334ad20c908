package io.agritrace.chain.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.chain.ui.internal.editors.ChainPage;

/** Verifies the active Batch editor's trace against the chain again, on its Chain page. */
public final class VerifyTraceHandler extends AbstractHandler {

	public static final String COMMAND_ID = "io.agritrace.chain.ui.commands.verifyTrace"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		ChainPage page = editor == null ? null : editor.getAdapter(ChainPage.class);
		if (page != null) {
			page.reveal();
			page.verify();
		}
		return null;
	}
}
