package io.agritrace.ui.internal.status;

import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import io.agritrace.chain.ChainStatus;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.internal.AgriTraceUiPlugin;
import io.agritrace.ui.internal.Messages;

/** Status bar item: where the database is and what the chain node says. */
public final class StatusTrimContribution extends WorkbenchWindowControlContribution {

	/** Room after the last label, so that no text touches the window's edge. */
	private static final int MARGIN = 12;

	private Label database;
	private Label chain;
	private final Runnable storeListener = () -> runInUi(this::showDatabase);
	private final Consumer<ChainStatus> chainListener = status -> runInUi(() -> showChain(status));

	@Override
	protected Control createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 0;
		layout.horizontalSpacing = 16;
		area.setLayout(layout);
		database = new Label(area, SWT.NONE);
		database.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, true));
		chain = new Label(area, SWT.NONE);
		chain.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, true));
		chain.setText(Messages.Status_chainChecking);
		showDatabase();

		AgriTraceUiPlugin plugin = AgriTraceUiPlugin.getDefault();
		plugin.store().addChangeListener(storeListener);
		plugin.chainMonitor().addListener(chainListener);
		area.addDisposeListener(e -> {
			plugin.store().removeChangeListener(storeListener);
			plugin.chainMonitor().removeListener(chainListener);
		});
		return area;
	}

	private void runInUi(Runnable update) {
		if (database != null && !database.isDisposed()) {
			database.getDisplay().asyncExec(() -> {
				if (!database.isDisposed()) {
					update.run();
				}
			});
		}
	}

	private void showDatabase() {
		TraceStore store = AgriTraceUiPlugin.getDefault().store().peek();
		database.setText(store == null ? Messages.Status_databaseOpening
				: NLS.bind(Messages.Status_database, store.url().replaceFirst(";.*", ""))); //$NON-NLS-1$ //$NON-NLS-2$
		relayout();
	}

	private void showChain(ChainStatus status) {
		if (status instanceof ChainStatus.Connected c) {
			chain.setText(NLS.bind(Messages.Status_chainConnected, c.chainId(), c.blockNumber()));
			chain.setToolTipText(c.rpcUrl());
		} else if (status instanceof ChainStatus.NotConnected n) {
			chain.setText(Messages.Status_chainNotConnected);
			chain.setToolTipText(NLS.bind(Messages.Status_chainNotConnectedTooltip, n.rpcUrl(), n.reason()));
		}
		relayout();
	}

	/**
	 * The trim gives a control contribution the width it had when created; grow
	 * or shrink its tool item to the new texts, then lay the trim out again.
	 */
	private void relayout() {
		Composite area = database.getParent();
		if (area.getParent() instanceof ToolBar toolBar) {
			for (ToolItem item : toolBar.getItems()) {
				if (item.getControl() == area) {
					item.setWidth(area.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x + MARGIN);
				}
			}
			area.layout(true, true);
			toolBar.getParent().layout(true, true);
		}
	}
}
