package io.agritrace.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.ui.internal.editors.BatchEditor;

/** Verifies the active Batch editor's trace against the chain again. */
public final class VerifyTraceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof BatchEditor editor) {
			editor.verifyOnChain();
		}
		return null;
	}
}
