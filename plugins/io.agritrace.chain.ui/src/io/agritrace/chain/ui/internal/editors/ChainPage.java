package io.agritrace.chain.ui.internal.editors;

import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorSite;

import io.agritrace.anchor.Verification;
import io.agritrace.chain.ui.internal.ChainJobFamilies;
import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.BatchEditorPage;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * The Batch editor's Chain page: every event of the lot's trace checked against
 * its anchor, worst first, and the organisation holding the lot on chain.
 * Verifies when the editor opens and again on Verify on Chain.
 */
public final class ChainPage implements BatchEditorPage {

	private Host host;
	private Table table;
	private ProductBatch batch;
	private WorkspaceStore store;
	private ChainService chain;
	private int requests;

	@Override
	public Control create(Composite parent, Host pageHost, ProductBatch lot, IEditorSite site) {
		host = pageHost;
		batch = lot;
		store = site.getService(WorkspaceStore.class);
		chain = site.getService(ChainService.class);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String column : new String[] { Messages.Verify_columnState, Messages.Verify_columnBlock,
				Messages.Verify_columnHash, Messages.Verify_columnTransaction }) {
			new TableColumn(table, SWT.LEFT).setText(column);
		}
		host.setTitle(Messages.Verify_tab);
		verify();
		return table;
	}

	/** Brings the page to the front. */
	public void reveal() {
		host.reveal();
	}

	/** Asks the chain again, in a Job, for the anchors of the lot's trace. */
	public void verify() {
		String code = batch.code();
		int request = ++requests;
		new StoreReadJob<>(NLS.bind(Messages.BatchEditor_verifying, batch.lot()), store,
				s -> ChainVerdicts.read(s, chain.anchoring().orElse(null), code), table, verdicts -> {
					// An older request that answers late must not hide a newer verdict.
					if (request == requests) {
						show(verdicts);
						StoreTopics.post(StoreTopics.VERIFIED, new StoreTopics.Verified(code, verdicts.outcome()));
					}
				}).inFamily(ChainJobFamilies.VERIFICATION).schedule();
	}

	private void show(ChainVerdicts verdicts) {
		table.removeAll();
		if (verdicts.unavailable() != null) {
			new TableItem(table, SWT.NONE).setText(verdicts.unavailable());
		}
		// Worst first, so that an altered or deleted event is the first row a user sees.
		List<Verification> worstFirst = verdicts.verdicts().stream()
				.sorted(Comparator.comparing(Verification::state).reversed()).toList();
		for (Verification v : worstFirst) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { label(v.state()), v.block() == null ? "" : v.block().toString(), //$NON-NLS-1$
					v.hashId().toString(), v.transaction() == null ? "" : v.transaction().hex() }); //$NON-NLS-1$
			row.setForeground(0, table.getDisplay().getSystemColor(colour(v.state())));
		}
		long verified = verdicts.count(Verification.State.VERIFIED);
		int events = verdicts.verdicts().size();
		host.setTitle(verdicts.unavailable() != null ? Messages.Verify_tab
				: verdicts.holder() == null ? NLS.bind(Messages.Verify_tabCount, verified, events)
						: NLS.bind(verdicts.heldWhole() ? Messages.Verify_tabCountHolder : Messages.Verify_tabCountLastWhole,
								new Object[] { verified, events, verdicts.holder() }));
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	private static String label(Verification.State state) {
		return switch (state) {
		case VERIFIED -> Messages.Verify_verified;
		case PENDING -> Messages.Verify_pending;
		case NOT_ON_CHAIN -> Messages.Verify_notOnChain;
		case NOT_IN_DATABASE -> Messages.Verify_notInDatabase;
		case MISMATCH -> Messages.Verify_mismatch;
		};
	}

	private static int colour(Verification.State state) {
		return switch (state) {
		case VERIFIED -> SWT.COLOR_DARK_GREEN;
		case PENDING -> SWT.COLOR_DARK_YELLOW;
		case NOT_ON_CHAIN, NOT_IN_DATABASE, MISMATCH -> SWT.COLOR_RED;
		};
	}
}
