package io.agritrace.chain.ui.internal.handovers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;

import io.agritrace.chain.ui.internal.views.PendingHandoversView;

/** Accepts the selected handovers: this workspace's organisation becomes their holder on chain. */
public final class AcceptHandoverHandler extends AnswerHandoverHandler {

	@Override
	protected void answer(ExecutionEvent event, PendingHandoversView view, List<HandoverRow> rows) {
		view.answer(rows, null);
	}
}
