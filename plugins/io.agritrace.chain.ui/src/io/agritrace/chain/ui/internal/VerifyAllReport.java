package io.agritrace.chain.ui.internal;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.agritrace.service.DashboardView;
import io.agritrace.service.VerificationReport;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * What Chain > Verify All found, in a window that leaves the workbench usable:
 * the records checked by verdict in a sentence, then every record that no
 * longer verifies (altered here, or on chain and missing here), in red.
 */
final class VerifyAllReport extends Dialog {

	private final VerificationReport report;

	VerifyAllReport(Shell parent, VerificationReport report) {
		super(parent);
		this.report = report;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.VerifyAllReport_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Locale language = WorkbenchLanguage.current();
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(report.summary(language));
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);
		Label heading = new Label(area, SWT.WRAP);
		heading.setText(report.incidents().isEmpty() ? Messages.VerifyAllReport_noIncidents
				: NLS.bind(Messages.VerifyAllReport_incidents, report.incidents().size()));
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(heading);
		if (!report.incidents().isEmpty()) {
			Table incidents = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			for (DashboardView.Incident incident : report.incidents()) {
				TableItem row = new TableItem(incidents, SWT.NONE);
				row.setText(incident.text());
				row.setForeground(incidents.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
			GridDataFactory.fillDefaults().grab(true, true).hint(560, Math.min(10, report.incidents().size()) * 24 + 8)
					.applyTo(incidents);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}
}
