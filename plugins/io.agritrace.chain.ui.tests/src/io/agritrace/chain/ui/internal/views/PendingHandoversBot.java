package io.agritrace.chain.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.button;
import static io.agritrace.tests.harness.ui.UiTestSupport.press;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.chain.ui.internal.handovers.HandoverRow;
import io.agritrace.tests.harness.ui.Widgets;

/** Drives the Pending Handovers view as a user does: select a row, Accept, or Reject with a reason. */
final class PendingHandoversBot {

	private static final String ACCEPT = "io.agritrace.chain.ui.commands.acceptHandover"; //$NON-NLS-1$
	private static final String REJECT = "io.agritrace.chain.ui.commands.rejectHandover"; //$NON-NLS-1$
	private static final long TIMEOUT_MS = 30_000;
	private final IWorkbenchPage page;
	private final PendingHandoversView view;

	PendingHandoversBot(IWorkbenchPage page) throws Exception {
		this.page = page;
		this.view = (PendingHandoversView) page.showView(PendingHandoversView.ID);
	}

	/** Maximised, as a user reads a wide table; for the screenshot. */
	void zoom(boolean maximised) {
		page.setPartState(page.getReference(view), maximised ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED);
	}

	/** The rows shown, in the table's order. */
	List<HandoverRow> rows() {
		Object input = viewer().getInput();
		return input == null ? List.of() : ((List<?>) input).stream().map(HandoverRow.class::cast).toList();
	}

	/** The table, which is the view's selection provider. */
	private TableViewer viewer() {
		return (TableViewer) view.getSite().getSelectionProvider();
	}

	/** The summary line above the table. */
	String summary() {
		return Widgets.first(Widgets.of(view), Label.class, l -> true).getText();
	}

	/** Selects the row of this batch, by the name the view shows. */
	PendingHandoversBot select(String batch) {
		HandoverRow row = rows().stream().filter(r -> r.batch().equals(batch)).findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + batch + " in " + rows()));
		page.activate(view);
		viewer().setSelection(new StructuredSelection(row), true);
		return this;
	}

	void accept() throws Exception {
		execute(ACCEPT);
	}

	/**
	 * Rejects the selected row: the dialog first gets no reason, and what it
	 * says then is returned; then the reason, and OK.
	 */
	String reject(String reason) throws Exception {
		AtomicReference<String> refusal = new AtomicReference<>();
		Display display = viewer().getControl().getDisplay();
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				if (!(display.getActiveShell() != null && display.getActiveShell().getData() instanceof InputDialog dialog)) {
					display.timerExec(100, this);
					return;
				}
				Text input = texts(dialog.getShell()).stream().filter(Text::getEditable).findFirst().orElseThrow();
				input.setText(" ");
				refusal.set(texts(dialog.getShell()).stream().filter(t -> !t.getEditable()).map(Text::getText)
						.filter(t -> !t.isEmpty()).findFirst().orElse(null)
						+ (button(dialog.getShell(), IDialogConstants.OK_ID).isEnabled() ? " (OK enabled)" //$NON-NLS-1$
								: "")); //$NON-NLS-1$
				input.setText(reason);
				press(dialog.getShell(), IDialogConstants.OK_ID);
			}
		});
		execute(REJECT);
		waitUntil("the reject dialog answered", TIMEOUT_MS, () -> refusal.get() != null); //$NON-NLS-1$
		return refusal.get();
	}

	private void execute(String command) throws Exception {
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
	}

	private static List<Text> texts(Composite parent) {
		List<Text> found = new java.util.ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				found.add(text);
			} else if (child instanceof Composite composite) {
				found.addAll(texts(composite));
			}
		}
		return found;
	}
}
