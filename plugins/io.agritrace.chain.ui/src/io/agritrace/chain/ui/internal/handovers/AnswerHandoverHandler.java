package io.agritrace.chain.ui.internal.handovers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import io.agritrace.chain.ui.internal.views.PendingHandoversView;

/**
 * Accept or Reject on the handovers selected in the Pending Handovers view;
 * enabled while every selected row waits for an answer.
 */
abstract class AnswerHandoverHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<HandoverRow> rows = waiting(HandlerUtil.getCurrentStructuredSelection(event));
		if (!rows.isEmpty() && HandlerUtil.getActivePart(event) instanceof PendingHandoversView view) {
			answer(event, view, rows);
		}
		return null;
	}

	/** Asks what it needs and has the view answer the handovers. */
	protected abstract void answer(ExecutionEvent event, PendingHandoversView view, List<HandoverRow> rows);

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(
				HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME) instanceof IStructuredSelection selection
						&& !waiting(selection).isEmpty());
	}

	/** The selected rows when every one waits for an answer; none otherwise. */
	private static List<HandoverRow> waiting(IStructuredSelection selection) {
		List<?> selected = selection.toList();
		return selected.stream().allMatch(o -> o instanceof HandoverRow row && row.awaitsAnswer())
				? selected.stream().map(HandoverRow.class::cast).toList()
				: List.of();
	}
}
