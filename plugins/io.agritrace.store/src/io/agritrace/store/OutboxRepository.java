package io.agritrace.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.agritrace.core.anchor.AnchorRecord;
import io.agritrace.core.anchor.PendingAnchor;
import io.agritrace.core.anchor.TransactionHash;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.store.internal.EventItemKeys;
import io.agritrace.store.internal.Transactions;
import io.agritrace.store.internal.WriteRuns;

/**
 * The anchor outbox: every stored event has a row, pending until the publisher
 * has seen its anchor in a block ({@link OutboxState}).
 */
public final class OutboxRepository {

	private final Transactions transactions;

	OutboxRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/** SQL: the batch an outbox row {@code o} names, its event's first identifier. */
	private static final String BATCH = "(SELECT MIN(i.item) FROM event_item i WHERE " //$NON-NLS-1$
			+ EventItemKeys.ofEvent("i", "o.event_id") + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final String ANCHORS = "SELECT o.event_id, e.hash_id, " + BATCH + ", o.tx_hash " //$NON-NLS-1$ //$NON-NLS-2$
			+ "FROM anchor_outbox o JOIN epcis_event e ON e.id = o.event_id "; //$NON-NLS-1$

	/**
	 * The oldest events not yet anchored nor in flight nor waiting out a
	 * backoff, at most {@code limit}; none of a write run still in progress.
	 */
	public List<PendingAnchor> pending(int limit) {
		return pendingAfter(0, limit);
	}

	/** As {@link #pending(int)}, after the event with this id: pages through all of them. */
	public List<PendingAnchor> pendingAfter(long eventId, int limit) {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement(ANCHORS
					+ "WHERE (o.state = " + OutboxState.PENDING.sql() + " OR o.state = " //$NON-NLS-1$ //$NON-NLS-2$
					+ OutboxState.FAILED.sql()
					+ " AND o.next_attempt_at <= CURRENT_TIMESTAMP) " //$NON-NLS-1$
					+ "AND o.event_id > ? AND " + WriteRuns.FINISHED + " ORDER BY o.event_id LIMIT ?")) { //$NON-NLS-1$ //$NON-NLS-2$
				p.setLong(1, eventId);
				p.setInt(2, limit);
				return read(p, new LinkedHashMap<>()).values().stream().flatMap(List::stream).toList();
			}
		});
	}

	/**
	 * One row of the backlog, as the Anchor Outbox view lists it.
	 *
	 * @param batch       the first identifier the event is about
	 * @param transaction the transaction that carries it, once sent
	 * @param lastError   why its last transaction failed, or null
	 */
	public record Entry(EventHashId hashId, String batch, OutboxState state, int attempts, TransactionHash transaction,
			String lastError, OffsetDateTime updatedAt) {
	}

	/** Events not yet anchored — failed first, then in flight, then pending — oldest first, at most {@code limit}. */
	public List<Entry> backlog(int limit) {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT e.hash_id, " + BATCH //$NON-NLS-1$
					+ ", o.state, o.attempts, " //$NON-NLS-1$
					+ "o.tx_hash, o.last_error, o.updated_at FROM anchor_outbox o JOIN epcis_event e ON e.id = o.event_id " //$NON-NLS-1$
					+ "WHERE o.state <> " + OutboxState.ANCHORED.sql() //$NON-NLS-1$
					+ " ORDER BY CASE o.state WHEN " + OutboxState.FAILED.sql() + " THEN 0 WHEN " //$NON-NLS-1$ //$NON-NLS-2$
					+ OutboxState.SUBMITTED.sql() + " THEN 1 ELSE 2 END, o.event_id LIMIT ?")) { //$NON-NLS-1$
				p.setInt(1, limit);
				List<Entry> entries = new ArrayList<>();
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						entries.add(new Entry(EventHashId.ofDigest(r.getBytes(1)),
								r.getString(2), OutboxState.of(r.getString(3)), r.getInt(4), TransactionHash.ofNullable(r.getString(5)),
								r.getString(6),
								r.getObject(7, OffsetDateTime.class)));
					}
				}
				return entries;
			}
		});
	}

	/** How many events are in each state, absent states included as 0. */
	public Map<OutboxState, Long> countsByState() {
		return transactions.call(c -> {
			Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
			for (OutboxState state : OutboxState.values()) {
				counts.put(state, 0L);
			}
			try (PreparedStatement p = c.prepareStatement("SELECT state, COUNT(*) FROM anchor_outbox GROUP BY state"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				while (r.next()) {
					counts.put(OutboxState.of(r.getString(1)), r.getLong(2));
				}
			}
			return counts;
		});
	}

	/**
	 * How many events are not anchored yet (pending, in flight or failed): the
	 * backlog the status bar polls, read through the state index rather than
	 * by counting every row as {@link #countsByState()} does.
	 */
	public long backlogCount() {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement(
					"SELECT COUNT(*) FROM anchor_outbox WHERE state IN (" + OutboxState.PENDING.sql() + ", " //$NON-NLS-1$ //$NON-NLS-2$
							+ OutboxState.SUBMITTED.sql() + ", " + OutboxState.FAILED.sql() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
					ResultSet r = p.executeQuery()) {
				r.next();
				return r.getLong(1);
			}
		});
	}

	/**
	 * The identifiers (lots) that an event not anchored yet names, for marks
	 * such as the navigator's; read through the state index, so it costs the
	 * backlog, not the store.
	 */
	public Set<String> itemsAwaitingAnchor() {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT i.item FROM anchor_outbox o " //$NON-NLS-1$
					+ "JOIN event_item i ON " + EventItemKeys.ofEvent("i", "o.event_id") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " WHERE o.state IN (" //$NON-NLS-1$
					+ OutboxState.PENDING.sql() + ", " + OutboxState.SUBMITTED.sql() + ", " //$NON-NLS-1$ //$NON-NLS-2$
					+ OutboxState.FAILED.sql() + ")"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				Set<String> items = new HashSet<>();
				while (r.next()) {
					items.add(r.getString(1));
				}
				return items;
			}
		});
	}

	/** Anchors the chain already holds (a fresh installation, a lost outbox): anchored in their block and transaction. */
	public void markFoundOnChain(Map<PendingAnchor, AnchorRecord> found) {
		transactions.run(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE anchor_outbox SET state = " + OutboxState.ANCHORED.sql() //$NON-NLS-1$
					+ ", block_number = ?, " //$NON-NLS-1$
					+ "tx_hash = ?, last_error = NULL, updated_at = CURRENT_TIMESTAMP WHERE event_id = ?")) { //$NON-NLS-1$
				for (Map.Entry<PendingAnchor, AnchorRecord> f : found.entrySet()) {
					p.setLong(1, f.getValue().blockNumber().longValueExact());
					p.setString(2, f.getValue().transaction().hex());
					p.setLong(3, f.getKey().eventId());
					p.addBatch();
				}
				p.executeBatch();
			}
		});
	}

	/**
	 * Events sent but not seen in a block, by transaction: what a publisher that
	 * was stopped (or killed) between send and receipt must look up first.
	 */
	public Map<TransactionHash, List<PendingAnchor>> submitted() {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement(ANCHORS + "WHERE o.state = " + OutboxState.SUBMITTED.sql() //$NON-NLS-1$
					+ " ORDER BY o.event_id")) { //$NON-NLS-1$
				return read(p, new LinkedHashMap<>());
			}
		});
	}

	/** Rows grouped by transaction hash (null for rows without one). */
	private static Map<TransactionHash, List<PendingAnchor>> read(PreparedStatement p,
			Map<TransactionHash, List<PendingAnchor>> byTransaction)
			throws SQLException {
		try (ResultSet r = p.executeQuery()) {
			while (r.next()) {
				PendingAnchor anchor = new PendingAnchor(r.getLong(1),
						EventHashId.ofDigest(r.getBytes(2)), r.getString(3));
				byTransaction.computeIfAbsent(TransactionHash.ofNullable(r.getString(4)), t -> new ArrayList<>()).add(anchor);
			}
		}
		return byTransaction;
	}

	/** Sent in this transaction; a restart looks it up instead of sending again. */
	public void markSubmitted(List<PendingAnchor> anchors, TransactionHash transaction) {
		update(anchors, "UPDATE anchor_outbox SET state = " + OutboxState.SUBMITTED.sql() + ", tx_hash = ?, " //$NON-NLS-1$ //$NON-NLS-2$
				+ "updated_at = CURRENT_TIMESTAMP WHERE event_id = ?", transaction.hex()); //$NON-NLS-1$
	}

	public void markAnchored(List<PendingAnchor> anchors, long block) {
		update(anchors, "UPDATE anchor_outbox SET state = " + OutboxState.ANCHORED.sql() //$NON-NLS-1$
				+ ", block_number = ?, last_error = NULL, " //$NON-NLS-1$
				+ "updated_at = CURRENT_TIMESTAMP WHERE event_id = ?", block); //$NON-NLS-1$
	}

	/**
	 * Failed with a reason (refused by the node, or reverted); {@link #pending}
	 * offers such rows again after an exponential backoff: 2, 4, 8 ... seconds
	 * after their 1st, 2nd, 3rd ... failure, at most {@value #MAX_BACKOFF_S} s.
	 */
	public void markFailed(List<PendingAnchor> anchors, String reason) {
		update(anchors, "UPDATE anchor_outbox SET state = " + OutboxState.FAILED.sql() //$NON-NLS-1$
				+ ", last_error = ?, attempts = attempts + 1, " //$NON-NLS-1$
				+ "next_attempt_at = DATEADD(SECOND, CAST(LEAST(POWER(2, attempts + 1), " + MAX_BACKOFF_S //$NON-NLS-1$
				+ ") AS INT), CURRENT_TIMESTAMP), updated_at = CURRENT_TIMESTAMP WHERE event_id = ?", reason); //$NON-NLS-1$
	}

	/** The longest a failed anchor waits before it is offered again. */
	public static final int MAX_BACKOFF_S = 600;

	/**
	 * What this store knows of an event's anchor.
	 *
	 * @param block       the block that anchors it; null until it is anchored
	 * @param transaction the transaction that carries it, once sent
	 */
	public record Anchor(OutboxState state, Long block, TransactionHash transaction) {
	}

	/**
	 * The anchors of these events, by hash ID; events the store does not hold are left out. The hash IDs are
	 * joined as a table: in an {@code IN} list H2 compares every row found with each value again, converting it,
	 * which took 70% of reading a lot's story (1,000 events, JFR samples of {@code bench/run ui}).
	 */
	public Map<EventHashId, Anchor> anchors(Collection<EventHashId> hashIds) {
		byte[][] digests = hashIds.stream().map(EventHashId::digest).toArray(byte[][]::new);
		return transactions.call(c -> {
			Map<EventHashId, Anchor> anchors = new HashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT e.hash_id, o.state, o.block_number, o.tx_hash " //$NON-NLS-1$
					+ "FROM TABLE(h BINARY(32) = ?) t JOIN epcis_event e ON e.hash_id = t.h " //$NON-NLS-1$
					+ "JOIN anchor_outbox o ON o.event_id = e.id")) { //$NON-NLS-1$
				p.setObject(1, digests);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						OutboxState state = OutboxState.of(r.getString(2));
						anchors.put(EventHashId.ofDigest(r.getBytes(1)), new Anchor(state,
								state == OutboxState.ANCHORED ? r.getObject(3, Long.class) : null,
								TransactionHash.ofNullable(r.getString(4))));
					}
				}
			}
			return anchors;
		});
	}

	/** The state of an event's anchor; null when the event is unknown. */
	public OutboxState state(EventHashId hashId) {
		Anchor anchor = anchors(List.of(hashId)).get(hashId);
		return anchor == null ? null : anchor.state();
	}

	/** The block that anchors the event; null while it is not anchored or when it is unknown. */
	public Long block(EventHashId hashId) {
		Anchor anchor = anchors(List.of(hashId)).get(hashId);
		return anchor == null ? null : anchor.block();
	}

	private void update(List<PendingAnchor> anchors, String sql, Object value) {
		transactions.run(c -> {
			try (PreparedStatement p = c.prepareStatement(sql)) {
				for (PendingAnchor a : anchors) {
					p.setObject(1, value);
					p.setLong(2, a.eventId());
					p.addBatch();
				}
				p.executeBatch();
			}
		});
	}
}
