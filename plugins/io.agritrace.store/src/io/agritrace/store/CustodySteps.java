package io.agritrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.store.internal.EventItemKeys;
import io.agritrace.store.internal.Transactions;
import io.agritrace.store.internal.WriteRuns;

/**
 * The custody changes that stored events make — a shipment from one party to
 * another, a receipt — in the order they happened, for the chain's custody
 * record. Each is pending (a row written with its event) until it is marked
 * synced. Writers only append pending rows; the sync puts them in event time
 * order when it looks, so that bulk writes keep no time index (see
 * {@code V10__custody_queue.sql}).
 */
public final class CustodySteps {

	/**
	 * One shipping or receiving event.
	 *
	 * @param shipping true for a shipment, false for a receipt
	 * @param from     the possessing party it leaves
	 * @param to       the possessing party it goes to
	 * @param moves    the lots it moves
	 */
	public record Step(long eventId, boolean shipping, String from, String to, List<Move> moves) {
	}

	/**
	 * A lot in a step.
	 *
	 * @param wholeLot true when the step moves all of the lot (its registered
	 *                 quantity, or a lot counted by instance or not registered
	 *                 here); false for a part of it
	 */
	public record Move(String batch, boolean wholeLot) {
	}

	private final Transactions transactions;

	CustodySteps(Transactions transactions) {
		this.transactions = transactions;
	}

	/**
	 * True for a shipment or receipt between two possessing parties (an event's
	 * source and destination): a step for the chain's custody record.
	 */
	public static boolean isStep(String bizStep, String holder, String receiver) {
		return (BizSteps.SHIPPING.equals(bizStep) || BizSteps.RECEIVING.equals(bizStep)) && holder != null && receiver != null;
	}

	/**
	 * Steps not synced yet, by event time, at most {@code limit}, after skipping
	 * the {@code skip} oldest (those a sync leaves waiting); none of a write run
	 * still in progress.
	 */
	public List<Step> unsynced(int limit, int skip) {
		return transactions.call(c -> {
			queueFinished(c);
			Map<Long, Step> steps = new LinkedHashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.biz_step, e.source_party, e.dest_party, i.item, " //$NON-NLS-1$
					+ "i.quantity IS NULL OR b.quantity IS NULL OR i.quantity >= b.quantity " //$NON-NLS-1$
					+ "FROM (SELECT event_id FROM custody_queue ORDER BY event_time, event_id LIMIT ? OFFSET ?) p " //$NON-NLS-1$
					+ "JOIN epcis_event e ON e.id = p.event_id " //$NON-NLS-1$
					+ "JOIN event_item i ON " + EventItemKeys.ofEvent("i", "e.id") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " AND i.role IN ('epc', 'quantity') " //$NON-NLS-1$
					+ "LEFT JOIN product_batch b ON b.code = i.item ORDER BY e.event_time, e.id")) { //$NON-NLS-1$
				p.setInt(1, limit);
				p.setInt(2, skip);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						Step step = steps.get(r.getLong(1));
						if (step == null) {
							step = new Step(r.getLong(1), BizSteps.SHIPPING.equals(r.getString(2)), r.getString(3), r.getString(4),
									new ArrayList<>());
							steps.put(step.eventId(), step);
						}
						step.moves().add(new Move(r.getString(5), r.getBoolean(6)));
					}
				}
			}
			return List.copyOf(steps.values());
		});
	}

	/**
	 * Moves the pending steps of finished writes into the time-ordered queue;
	 * MERGE, so that two syncs looking at once move each step once.
	 */
	private static void queueFinished(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("MERGE INTO custody_queue(event_id, event_time) KEY (event_id) " //$NON-NLS-1$
					+ "SELECT c.event_id, c.event_time FROM custody_pending c JOIN epcis_event e ON e.id = c.event_id WHERE " //$NON-NLS-1$
					+ WriteRuns.FINISHED);
			s.executeUpdate("DELETE FROM custody_pending c WHERE EXISTS (SELECT 1 FROM custody_queue q WHERE q.event_id " //$NON-NLS-1$
					+ "= c.event_id)"); //$NON-NLS-1$
		}
	}

	/**
	 * The chain was asked for this step, or has nothing to ask of this workspace
	 * (a step of another organisation, on a network where each signs its own);
	 * {@code outcome} is null, or why the chain refused it.
	 */
	public void markSynced(long eventId, String outcome) {
		transactions.run(c -> {
			try (PreparedStatement p = c.prepareStatement("MERGE INTO custody_synced(event_id, outcome) KEY (event_id) " //$NON-NLS-1$
					+ "VALUES (?, ?)"); //$NON-NLS-1$
					PreparedStatement done = c.prepareStatement("DELETE FROM custody_queue WHERE event_id = ?")) { //$NON-NLS-1$
				p.setLong(1, eventId);
				p.setString(2, outcome);
				p.executeUpdate();
				done.setLong(1, eventId);
				done.executeUpdate();
			}
		});
	}
}
