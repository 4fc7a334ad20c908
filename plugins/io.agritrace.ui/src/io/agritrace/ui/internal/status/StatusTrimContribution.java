package io.agritrace.ui.internal.status;

import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import io.agritrace.ui.internal.AgriTraceUiPlugin;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.WorkspaceStore;
import io.agritrace.ui.internal.chain.ChainStatusText;

/** Status bar item: where the database is and what the chain node says. */
public final class StatusTrimContribution extends WorkbenchWindowControlContribution {

	/** Room after a label's text, so that no text touches the next one or the window's edge. */
	private static final int MARGIN = 12;

	private Label chain;
	private final Consumer<ChainMonitor.Snapshot> chainListener = this::showLater;

	@Override
	protected Control createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 0;
		layout.horizontalSpacing = 16;
		area.setLayout(layout);
		Label database = new Label(area, SWT.NONE);
		database.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, true));
		database.setText(NLS.bind(Messages.Status_database, WorkspaceStore.databaseFile()));
		chain = new Label(area, SWT.NONE);
		// The trim keeps the width it measured first: make room for the longest chain text now.
		GridData chainData = new GridData(SWT.BEGINNING, SWT.CENTER, false, true);
		chainData.widthHint = widest(chain, Messages.Status_chainChecking, withBacklog(Messages.Status_chainNotConnected, 9_999_999),
				withBacklog(Messages.Status_chainWrong, 9_999_999),
				withBacklog(NLS.bind(Messages.Status_chainConnected, "99999999", "999999999"), 9_999_999)); //$NON-NLS-1$ //$NON-NLS-2$
		chain.setLayoutData(chainData);
		chain.setText(Messages.Status_chainChecking);

		AgriTraceUiPlugin plugin = AgriTraceUiPlugin.getDefault();
		plugin.chainMonitor().addListener(chainListener);
		area.addDisposeListener(e -> plugin.chainMonitor().removeListener(chainListener));
		return area;
	}

	private static int widest(Label label, String... texts) {
		GC gc = new GC(label);
		try {
			int widest = 0;
			for (String text : texts) {
				widest = Math.max(widest, gc.textExtent(text).x);
			}
			return widest + MARGIN;
		} finally {
			gc.dispose();
		}
	}

	/** Called from the monitor's job: shows the state on the UI thread. */
	private void showLater(ChainMonitor.Snapshot snapshot) {
		if (chain != null && !chain.isDisposed()) {
			chain.getDisplay().asyncExec(() -> {
				if (!chain.isDisposed()) {
					chain.setText(withBacklog(ChainStatusText.summary(snapshot.status()), snapshot.backlog()));
					chain.setToolTipText(ChainStatusText.describe(snapshot.status()));
				}
			});
		}
	}

	private static String withBacklog(String chainText, long backlog) {
		return backlog == 0 ? chainText : chainText + " \u00b7 " + NLS.bind(Messages.Status_backlog, backlog); //$NON-NLS-1$
	}
}
