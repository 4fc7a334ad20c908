package io.agritrace.tests.harness.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * Window > Preferences open on one page, driven as a user does: fields found
 * by their labels, Restore Defaults, OK. Close it in a finally block: a test
 * that leaves it open fails.
 */
public final class PreferenceDialogBot implements AutoCloseable {

	private final PreferenceDialog dialog;

	private PreferenceDialogBot(PreferenceDialog dialog) {
		this.dialog = dialog;
	}

	/** Opens the preferences on this page alone, without blocking. */
	public static PreferenceDialogBot open(IWorkbenchWindow window, String pageId) {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), pageId,
				new String[] { pageId }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return new PreferenceDialogBot(dialog);
	}

	/** The page shown: whether it is valid and what error it shows. */
	public PreferencePage page() {
		return (PreferencePage) dialog.getSelectedPage();
	}

	/** The page's controls, for what no label names. */
	public Composite body() {
		return (Composite) page().getControl();
	}

	/** The text field of this label. */
	public Text text(String label) {
		return Widgets.beside(body(), label, Text.class);
	}

	/** The drop-down list of this label. */
	public Combo combo(String label) {
		return Widgets.beside(body(), label, Combo.class);
	}

	/** The page's button (push, radio, check box) with this text. */
	public Button button(String text) {
		return Widgets.button(body(), text);
	}

	/** Presses the page's Restore Defaults button. */
	public PreferenceDialogBot restoreDefaults() {
		Widgets.click(button(JFaceResources.getString("defaults"))); //$NON-NLS-1$
		return this;
	}

	/** Presses OK; true when the dialog saved and closed. */
	public boolean ok() {
		UiTestSupport.press(dialog.getShell(), IDialogConstants.OK_ID);
		return dialog.getShell() == null || dialog.getShell().isDisposed();
	}

	/** Closes the dialog unless OK did, keeping nothing that was typed. */
	@Override
	public void close() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}
}
