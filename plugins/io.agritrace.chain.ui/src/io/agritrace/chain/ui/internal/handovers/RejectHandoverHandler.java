package io.agritrace.chain.ui.internal.handovers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.chain.ui.internal.views.PendingHandoversView;

/**
 * Rejects the selected handovers with the reason the user gives, which the
 * holder reads in the contract's log; the holder keeps the batches.
 */
public final class RejectHandoverHandler extends AnswerHandoverHandler {

	/** Every character is stored on chain: a sentence is enough. */
	static final int MAX_REASON = 200;

	@Override
	protected void answer(ExecutionEvent event, PendingHandoversView view, List<HandoverRow> rows) {
		InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), Messages.Handovers_rejectTitle,
				NLS.bind(Messages.Handovers_rejectPrompt, rows.size() == 1 ? rows.get(0).batch() : String.valueOf(rows.size())),
				"", RejectHandoverHandler::checkReason); //$NON-NLS-1$
		if (dialog.open() == Window.OK) {
			view.answer(rows, dialog.getValue().strip());
		}
	}

	/** The reason's rule, in place: required, and at most {@value #MAX_REASON} characters. */
	static String checkReason(String reason) {
		String text = reason.strip();
		if (text.isEmpty()) {
			return Messages.Handovers_reasonRequired;
		}
		return text.length() > MAX_REASON
				? NLS.bind(Messages.Handovers_reasonTooLong, MAX_REASON, text.length())
				: null;
	}
}
