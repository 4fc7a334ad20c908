package io.agritrace.chain.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

import io.agritrace.anchor.ChainStatusText;
import io.agritrace.chain.ui.internal.ChainMonitor;
import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.ui.WorkbenchLanguage;

/** Status bar item: what the chain node says, and how many events wait to be anchored. */
public final class ChainStatusContribution extends WorkbenchWindowControlContribution {

	/** Room after the text, so that it touches neither the next item nor the window's edge. */
	private static final int MARGIN = 12;

	private Label chain;
	private final Consumer<ChainMonitor.Snapshot> chainListener = this::showLater;

	@Override
	protected Control createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 0;
		area.setLayout(layout);
		chain = new Label(area, SWT.NONE);
		// The trim keeps the size it measured first: make room for the longest chain text now.
		GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, true);
		List<String> texts = new ArrayList<>(List.of(Messages.Status_chainChecking));
		ChainStatusText.widestSummaries(WorkbenchLanguage.current()).forEach(text -> texts.add(withBacklog(text, 9_999_999)));
		data.widthHint = widest(chain, texts);
		chain.setLayoutData(data);
		chain.setText(Messages.Status_chainChecking);
		ChainMonitor monitor = getWorkbenchWindow().getService(ChainService.class).monitor();
		monitor.addListener(chainListener);
		area.addDisposeListener(e -> monitor.removeListener(chainListener));
		return area;
	}

	private static int widest(Label label, List<String> texts) {
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
					Locale language = WorkbenchLanguage.current();
					chain.setText(withBacklog(ChainStatusText.summary(snapshot.status(), language), snapshot.backlog()));
					chain.setToolTipText(ChainStatusText.details(snapshot.status(), language));
				}
			});
		}
	}

	private static String withBacklog(String chainText, long backlog) {
		return backlog == 0 ? chainText : chainText + " \u00b7 " + NLS.bind(Messages.Status_backlog, backlog); //$NON-NLS-1$
	}
}
