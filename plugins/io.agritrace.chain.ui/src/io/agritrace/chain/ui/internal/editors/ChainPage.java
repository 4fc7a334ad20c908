package io.agritrace.chain.ui.internal.editors;

import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorSite;
import org.osgi.service.event.EventHandler;

import io.agritrace.anchor.Verification;
import io.agritrace.chain.ui.internal.ChainJobFamilies;
import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.LotVerdict;
import io.agritrace.ui.BatchEditorPage;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * The Batch editor's Chain page: every event of the lot's trace checked against
 * its anchor, worst first, named as the Events page names it (step, place,
 * time, who) with its hash ID in the last columns, under a line that says
 * who holds the lot now and, where that differs, whom the chain names as its
 * holder. Verifies when the editor opens, on Verify on Chain, whenever events
 * are stored (a correction shows at once) and when someone else's
 * verification of the lot found otherwise.
 */
public final class ChainPage implements BatchEditorPage {

	/** Room beside a cell's text for the cell's margins (GTK's pack left the first column's text clipped). */
	private static final int CELL_MARGIN = 24;
	private Host host;
	private Label holders;
	private Table table;
	private ProductBatch batch;
	private WorkspaceStore store;
	private ChainService chain;
	private int requests;
	private LotVerdict shown;
	/** Called on the UI thread: the broker's subscribe delivers there. */
	private final EventHandler storeChanged = event -> reverify();
	private final EventHandler verified = event -> {
		if (event.getProperty(IEventBroker.DATA) instanceof StoreTopics.Verified v && v.lot().equals(batch.code())
				&& v.outcome() != shown) {
			reverify();
		}
	};

	@Override
	public Control create(Composite parent, Host pageHost, ProductBatch lot, IEditorSite site) {
		host = pageHost;
		batch = lot;
		store = site.getService(WorkspaceStore.class);
		chain = site.getService(ChainService.class);
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(page);
		// Wrapped under the tab rather than in its title: there it was cut beside the navigator.
		holders = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).indent(4, 4).applyTo(holders);
		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		for (String column : new String[] { Messages.Verify_columnState, Messages.Verify_columnStep, Messages.Verify_columnPlace,
				Messages.Verify_columnTime, Messages.Verify_columnWho, Messages.Verify_columnBlock, Messages.Verify_columnHash,
				Messages.Verify_columnTransaction }) {
			new TableColumn(table, SWT.LEFT).setText(column);
		}
		host.setTitle(Messages.Verify_tab);
		verify();
		IEventBroker broker = site.getService(IEventBroker.class);
		// New events, and anchoring rounds that anchored some, change the verdicts shown.
		broker.subscribe(StoreTopics.EVENTS, storeChanged);
		broker.subscribe(StoreTopics.ANCHORS, storeChanged);
		broker.subscribe(StoreTopics.VERIFIED, verified);
		table.addDisposeListener(e -> {
			broker.unsubscribe(storeChanged);
			broker.unsubscribe(verified);
		});
		return page;
	}

	/** Brings the page to the front. */
	public void reveal() {
		host.reveal();
	}

	private void reverify() {
		if (!table.isDisposed()) {
			verify();
		}
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
						shown = verdicts.outcome();
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
		List<ChainVerdicts.Row> worstFirst = verdicts.verdicts().stream()
				.sorted(Comparator.comparing((ChainVerdicts.Row r) -> r.verdict().state()).reversed()).toList();
		for (ChainVerdicts.Row r : worstFirst) {
			Verification v = r.verdict();
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { label(v.state()), r.step(), r.place(), r.time(), r.who(),
					v.block() == null ? "" : v.block().toString(), v.hashId().toString(), //$NON-NLS-1$
					v.transaction() == null ? "" : v.transaction().hex() }); //$NON-NLS-1$
			row.setForeground(0, table.getDisplay().getSystemColor(colour(v.state())));
		}
		long verified = verdicts.count(Verification.State.VERIFIED);
		int events = verdicts.verdicts().size();
		host.setTitle(verdicts.unavailable() != null ? Messages.Verify_tab : NLS.bind(Messages.Verify_tabCount, verified, events));
		holders.setText(holders(verdicts));
		((GridData) holders.getLayoutData()).exclude = verdicts.holder() == null;
		holders.setVisible(verdicts.holder() != null);
		fitColumns();
		holders.getParent().layout(true, true);
	}

	/** Who holds the lot now, and whom the chain names where the lot has been split since its last whole handover. */
	private static String holders(ChainVerdicts verdicts) {
		if (verdicts.holder() == null) {
			return ""; //$NON-NLS-1$
		}
		String now = verdicts.holdersNow().isEmpty() ? Messages.Verify_heldByNoOne
				: String.join(Messages.Verify_holdersSeparator, verdicts.holdersNow());
		return verdicts.asOnChain() ? NLS.bind(Messages.Verify_heldAsOnChain, now)
				: NLS.bind(Messages.Verify_heldSinceSplit, now, verdicts.holder());
	}

	/** Each column as wide as its widest text or its header, measured: pack alone clipped the states in Chinese. */
	private void fitColumns() {
		GC gc = new GC(table);
		try {
			TableColumn[] columns = table.getColumns();
			for (int i = 0; i < columns.length; i++) {
				int widest = gc.textExtent(columns[i].getText()).x;
				for (TableItem item : table.getItems()) {
					widest = Math.max(widest, gc.textExtent(item.getText(i)).x);
				}
				columns[i].pack();
				columns[i].setWidth(Math.max(columns[i].getWidth(), widest + CELL_MARGIN));
			}
		} finally {
			gc.dispose();
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
