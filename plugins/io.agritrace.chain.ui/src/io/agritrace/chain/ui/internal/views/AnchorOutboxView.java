package io.agritrace.chain.ui.internal.views;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.core.text.Times;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.OutboxRepository;
import io.agritrace.store.OutboxState;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkspaceStore;

/**
 * The anchor backlog: how many events are in each outbox state, and every
 * event not yet anchored — failed ones first, with the reason — read again
 * every few seconds while the view is open, and at once when a Job says the
 * store changed.
 */
public final class AnchorOutboxView extends ViewPart {

	public static final String ID = "io.agritrace.chain.ui.views.outbox"; //$NON-NLS-1$
	private static final int ROWS = 500;
	private static final long REFRESH_MS = 5_000;

	/** What one refresh read. */
	record Backlog(Map<OutboxState, Long> counts, List<OutboxRepository.Entry> entries) {
	}

	private Label summary;
	private TableViewer table;
	private StoreReadJob<Backlog> reader;
	private final EventHandler storeChanged = event -> reader.wakeUp();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		Table t = table.getTable();
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(t);
		column(Messages.Outbox_state, 90, e -> stateLabel(e.state()));
		column(Messages.Outbox_batch, 300, e -> orEmpty(e.batch()));
		column(Messages.Outbox_attempts, 90, e -> String.valueOf(e.attempts()));
		column(Messages.Outbox_lastError, 320, e -> orEmpty(e.lastError()));
		column(Messages.Outbox_transaction, 160, e -> e.transaction() == null ? "" : e.transaction().hex()); //$NON-NLS-1$
		column(Messages.Outbox_updated, 140, e -> Times.format(e.updatedAt().toInstant(), WorkspaceZone.zone()));
		column(Messages.Outbox_hashId, 300, e -> e.hashId().toString());
		table.setContentProvider(ArrayContentProvider.getInstance());
		summary.setText(Messages.Outbox_loading);
		reader = new StoreReadJob<>(Messages.Outbox_loading, getSite().getService(WorkspaceStore.class),
				store -> new Backlog(store.outbox().countsByState(), store.outbox().backlog(ROWS)), t, this::show);
		Polling.start(reader, t, REFRESH_MS);
		getSite().getService(IEventBroker.class).subscribe(StoreTopics.ALL, storeChanged);
	}

	private void column(String title, int width, Function<OutboxRepository.Entry, String> text) {
		TextColumns.add(table, title, width, text);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	private static String stateLabel(OutboxState state) {
		return switch (state) {
		case PENDING -> Messages.Outbox_pending;
		case SUBMITTED -> Messages.Outbox_submitted;
		case ANCHORED -> Messages.Outbox_anchored;
		case FAILED -> Messages.Outbox_failed;
		};
	}

	private void show(Backlog backlog) {
		Map<OutboxState, Long> c = backlog.counts();
		long open = c.get(OutboxState.PENDING) + c.get(OutboxState.SUBMITTED) + c.get(OutboxState.FAILED);
		summary.setText(NLS.bind(Messages.Outbox_summary, new Object[] { c.get(OutboxState.PENDING),
				c.get(OutboxState.SUBMITTED), c.get(OutboxState.ANCHORED), c.get(OutboxState.FAILED) })
				+ (open > backlog.entries().size() ? " " + NLS.bind(Messages.Outbox_firstRows, backlog.entries().size()) //$NON-NLS-1$
						: "")); //$NON-NLS-1$
		table.setInput(backlog.entries());
		summary.getParent().layout();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(storeChanged);
		reader.cancel();
		super.dispose();
	}
}
