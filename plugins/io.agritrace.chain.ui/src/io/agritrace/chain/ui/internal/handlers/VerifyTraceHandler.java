package io.agritrace.chain.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.chain.ui.internal.editors.ChainTab;

/** Verifies the active Batch editor's trace against the chain again, on its Chain tab. */
public final class VerifyTraceHandler extends AbstractHandler {

	public static final String COMMAND_ID = "io.agritrace.chain.ui.commands.verifyTrace"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		ChainTab tab = editor == null ? null : editor.getAdapter(ChainTab.class);
		if (tab != null) {
			tab.reveal();
			tab.verify();
		}
		return null;
	}
}
