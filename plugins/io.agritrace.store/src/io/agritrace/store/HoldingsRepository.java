package io.agritrace.store;

import java.util.ArrayList;
import java.util.List;

import io.agritrace.core.trace.CustodyChain;
import io.agritrace.store.internal.CustodyRows;
import io.agritrace.store.internal.Transactions;

/**
 * Who holds how much of each lot where, and the shipments on their way: core's
 * {@link CustodyChain} of every lot, read from the stored events. The
 * navigator groups batches by it and the Record Event wizard offers it; the
 * Batch editor and {@code trace} compute the same from a lot's trace.
 */
public final class HoldingsRepository {

	/**
	 * Every lot's custody now.
	 *
	 * @param onHand    each place some of a lot is at, in lot order
	 * @param inTransit each shipment no receipt has matched yet, in lot order
	 */
	public record Holdings(List<CustodyChain.Stop> onHand, List<CustodyChain.Transit> inTransit) {
	}

	private final Transactions transactions;

	HoldingsRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/** Every GS1 lot's places on hand and shipments on their way. */
	public Holdings all() {
		return transactions.call(c -> {
			List<CustodyChain.Stop> onHand = new ArrayList<>();
			List<CustodyChain.Transit> inTransit = new ArrayList<>();
			try (CustodyRows rows = new CustodyRows(c)) {
				rows.eachLot(CustodyRows.LOTS, lot -> {
					onHand.addAll(lot.onHand());
					inTransit.addAll(lot.transits());
				});
			}
			return new Holdings(List.copyOf(onHand), List.copyOf(inTransit));
		});
	}

	/** One lot's custody: where it was and is, how much, and what is on its way. */
	public CustodyChain lot(String item) {
		return transactions.call(c -> {
			try (CustodyRows rows = new CustodyRows(c)) {
				return rows.read("i.item = ?", item); //$NON-NLS-1$
			}
		});
	}
}
