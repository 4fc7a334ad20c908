package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * A wizard dialog's progress bar takes room under the pages only while it shows: JFace keeps its height, hidden,
 * for every wizard that needs a progress monitor, an empty band of some 70 px between the page and the buttons
 * (the Shipping page at 1280 × 800).
 */
final class ProgressRoom {

	private static final String KEY = ProgressRoom.class.getName();

	private ProgressRoom() {
	}

	/** Gives the progress bar beside the wizard's page container room only while a task runs; once per dialog. */
	static void onlyWhileShown(Composite pageContainer) {
		Composite area = pageContainer.getParent();
		for (Control child : area.getChildren()) {
			if (child instanceof ProgressMonitorPart part && part.getLayoutData() instanceof GridData data
					&& part.getData(KEY) == null) {
				part.setData(KEY, Boolean.TRUE);
				data.exclude = !part.getVisible();
				Listener follow = e -> {
					data.exclude = e.type == SWT.Hide;
					area.layout(true);
				};
				part.addListener(SWT.Show, follow);
				part.addListener(SWT.Hide, follow);
			}
		}
	}
}
