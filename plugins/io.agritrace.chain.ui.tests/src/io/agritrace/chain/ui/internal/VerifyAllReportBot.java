package io.agritrace.chain.ui.internal;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import io.agritrace.tests.harness.ui.Widgets;

/** The window in which Chain > Verify All reports what it found, as its reader sees it. */
public final class VerifyAllReportBot implements AutoCloseable {

	private final Shell shell;

	private VerifyAllReportBot(Shell shell) {
		this.shell = shell;
	}

	/** Waits until the report opens. */
	public static VerifyAllReportBot opened(long timeoutMs) {
		waitUntil("the Verify All report", timeoutMs, () -> find() != null); //$NON-NLS-1$
		return new VerifyAllReportBot(find());
	}

	private static Shell find() {
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(s -> !s.isDisposed() && Messages.VerifyAllReport_title.equals(s.getText())).findFirst().orElse(null);
	}

	/** The counts, in a sentence. */
	public String summary() {
		return Widgets.all(shell, Label.class).get(0).getText();
	}

	/** What heads the list of records that no longer verify, or says there are none. */
	public String incidentsHeading() {
		return Widgets.all(shell, Label.class).get(1).getText();
	}

	/** The records that no longer verify, a row each. */
	public int incidentRows() {
		return Widgets.all(shell, Table.class).stream().mapToInt(Table::getItemCount).sum();
	}

	@Override
	public void close() {
		if (!shell.isDisposed()) {
			Widgets.click(Widgets.first(shell, Button.class, b -> IDialogConstants.CLOSE_LABEL.equals(b.getText())));
		}
	}
}
