package io.agritrace.ui.internal.handlers;

import java.time.Instant;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.RecallDrill;

/**
 * A mock-recall drill: asks for the lot to recall (filled with the lot of the
 * Batch editor in front, if any), starts the clock when it is chosen, and
 * opens its Recall page, where exporting the list stops the clock and logs
 * the drill.
 */
public final class MockRecallHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		InputDialog dialog = new InputDialog(window.getShell(), Messages.MockRecall_title, Messages.MockRecall_prompt,
				openLot(window), null);
		if (dialog.open() != Window.OK || dialog.getValue().isBlank()) {
			return null;
		}
		Instant started = Instant.now();
		FindByCodeHandler.open(window, dialog.getValue(), Messages.MockRecall_title, editor -> {
			if (editor instanceof RecallDrill drill) {
				drill.startRecallDrill(started);
			}
		});
		return null;
	}

	/** The trace code of the lot whose Batch editor is in front (it names one lot, as a lot number may not), or empty. */
	private static String openLot(IWorkbenchWindow window) {
		IEditorPart editor = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		return editor != null && editor.getEditorInput() instanceof BatchEditorInput input ? input.batch().traceCode() : ""; //$NON-NLS-1$
	}
}
