package io.agritrace.chain.ui.internal.views;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import io.agritrace.anchor.Handovers;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.chain.ui.internal.handovers.AnswerHandoversJob;
import io.agritrace.chain.ui.internal.handovers.HandoverRow;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Handovers on chain that wait for this workspace's answer — proposed by
 * other organisations to the one it records for — with Accept and Reject
 * (with a reason) in its tool bar and context menu, and this workspace's own
 * proposals that the receiver rejected, with the reason. Read again every few
 * seconds while the view is open, and at once after an answer or a new anchor.
 */
public final class PendingHandoversView extends ViewPart {

	public static final String ID = "io.agritrace.chain.ui.views.handovers"; //$NON-NLS-1$
	private static final long REFRESH_MS = 10_000;

	/** What one read found: the rows, or why there are none to read. */
	private record Reading(List<HandoverRow> rows, String problem) {
	}

	private ChainService chain;
	private WorkspaceStore store;
	private Label summary;
	private TableViewer table;
	private Job reader;
	private final EventHandler anchorsChanged = event -> reader.wakeUp();

	@Override
	public void createPartControl(Composite parent) {
		chain = getSite().getService(ChainService.class);
		store = getSite().getService(WorkspaceStore.class);
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setText(Messages.Handovers_reading);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		Table t = table.getTable();
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(t);
		TextColumns.add(table, Messages.Handovers_state, 170, (HandoverRow r) -> r.state());
		TextColumns.add(table, Messages.Handovers_batch, 320, (HandoverRow r) -> r.batch());
		TextColumns.add(table, Messages.Handovers_from, 320, (HandoverRow r) -> r.from());
		TextColumns.add(table, Messages.Handovers_to, 280, (HandoverRow r) -> r.to());
		TextColumns.add(table, Messages.Handovers_block, 70, (HandoverRow r) -> String.valueOf(r.block()));
		table.setContentProvider(ArrayContentProvider.getInstance());
		getSite().setSelectionProvider(table);
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		t.setMenu(menu.createContextMenu(t));
		getSite().registerContextMenu(menu, table);

		reader = Job.createSystem(Messages.Handovers_reading, this::read);
		Polling.start(reader, t, REFRESH_MS);
		getSite().getService(IEventBroker.class).subscribe(StoreTopics.ANCHORS, anchorsChanged);
	}

	private IStatus read(IProgressMonitor monitor) {
		Reading reading;
		try {
			var anchoring = chain.anchoring();
			if (anchoring.isEmpty()) {
				reading = new Reading(List.of(), Messages.Verify_noChain);
			} else {
				Handovers handovers = anchoring.get().session().handovers().orElse(null);
				reading = handovers == null ? new Reading(List.of(), Messages.Handovers_noOrganisation)
						: new Reading(HandoverRow.read(handovers, store.get(),
								monitor::isCanceled), null);
			}
		} catch (ChainException e) {
			reading = new Reading(List.of(), NLS.bind(Messages.Verify_unavailable, WorkbenchLanguage.text(e)));
		}
		Reading found = reading;
		Table t = table.getTable();
		if (!t.isDisposed() && !monitor.isCanceled()) {
			t.getDisplay().asyncExec(() -> {
				if (!t.isDisposed()) {
					show(found);
				}
			});
		}
		return Status.OK_STATUS;
	}

	private void show(Reading reading) {
		long waiting = reading.rows().stream().filter(HandoverRow::awaitsAnswer).count();
		long rejected = reading.rows().size() - waiting;
		summary.setText(reading.problem() != null ? reading.problem()
				: NLS.bind(Messages.Handovers_summary, waiting)
						+ (rejected == 0 ? "" : " " + NLS.bind(Messages.Handovers_summaryRejected, rejected))); //$NON-NLS-1$ //$NON-NLS-2$
		table.setInput(reading.rows());
		summary.getParent().layout();
	}

	/** Accepts the handovers (reason null) or rejects them, in a Job; reads again when it is done. */
	public void answer(List<HandoverRow> rows, String reason) {
		Job job = new AnswerHandoversJob(chain, rows, reason);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				reader.schedule();
			}
		});
		job.schedule();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(anchorsChanged);
		reader.cancel();
		super.dispose();
	}
}
