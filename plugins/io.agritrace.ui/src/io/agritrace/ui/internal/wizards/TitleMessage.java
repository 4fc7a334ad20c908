package io.agritrace.ui.internal.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The message in a wizard's title area, made tall enough for its lines. JFace
 * gives it the height of two lines of Latin text, so two lines of Chinese,
 * which are taller, showed cut in half.
 */
final class TitleMessage {

	private TitleMessage() {
	}

	/** Grows the dialog's message to the height its text needs, if it shows this message. */
	static void fit(Shell shell, String message) {
		if (shell == null || message == null) {
			return;
		}
		Text shown = find(shell, message.strip());
		if (shown != null && shown.getLayoutData() instanceof FormData data) {
			int needed = shown.computeSize(shown.getSize().x, SWT.DEFAULT).y;
			if (needed > data.height) {
				data.height = needed;
				shell.layout(true, true);
			}
		}
	}

	/** The dialog's message: the read-only, wrapping text that shows it. */
	static Text find(Composite parent, String message) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && (text.getStyle() & (SWT.READ_ONLY | SWT.WRAP)) == (SWT.READ_ONLY | SWT.WRAP)
					&& text.getText().strip().equals(message)) {
				return text;
			}
			if (child instanceof Composite inner) {
				Text found = find(inner, message);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
