package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.store.CustodySteps;
import io.agritrace.store.EventRepository.Origin;
import io.agritrace.store.EventRepository.Saved;
import io.agritrace.store.OutboxState;

/**
 * The batched write path of events: each with its identifiers, parties, an
 * outbox row for the chain and, for a custody step, a pending custody row,
 * within the caller's transaction or write run. Every event passes an
 * {@link EventGate} just before it is written.
 */
public final class EventWriter {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int BLOCK = 500;

	private EventWriter() {
	}

	/**
	 * Inserts events with their items, parties and outbox rows, in blocks of
	 * batched statements, within the caller's transaction or write run.
	 * Duplicates are skipped.
	 *
	 * @param gate       decides for each event: stored, stored with the rule it breaks, or refused
	 * @param checkpoint told of every block written
	 */
	public static Saved insert(Connection c, Iterable<EpcisEvent> events, Origin origin, EventGate gate,
			WriteRuns.Checkpoint checkpoint) throws SQLException {
		return insert(c, events, origin, gate, BLOCK, checkpoint);
	}

	/**
	 * As {@link #insert(Connection, Iterable, Origin, EventGate, WriteRuns.Checkpoint)},
	 * with {@code blockSize} 1 when {@code gate} must see every earlier event stored.
	 *
	 * @param gate asked just before an event is written. In blocks of more than
	 *             one it is asked again for a block written a second time
	 *             without the stored events the unique index refused.
	 */
	public static Saved insert(Connection c, Iterable<EpcisEvent> events, Origin origin, EventGate gate,
			int blockSize, WriteRuns.Checkpoint checkpoint) throws SQLException {
		List<EpcisEvent> block = new ArrayList<>(blockSize);
		// Hash IDs of the block not yet written. Those written before are in the database: found
		// one by one, or by the unique index when a block repeats one. So memory does not grow
		// with the input (about 110 bytes an event).
		Set<EventHashId> inBlock = new HashSet<>();
		List<EventHashId> duplicates = new ArrayList<>();
		int inserted = 0;
		int declared = 0;
		try (Writer writer = new Writer(c, blockSize == 1, checkpoint)) {
			for (EpcisEvent event : events) {
				EventHashId hash = event.hashId();
				// A declaration must find its event before the unique index would refuse it as a duplicate.
				boolean lookUp = writer.checkedOneByOne || event.isErrorDeclaration();
				boolean stored = !inBlock.add(hash) || (lookUp && writer.exists(hash));
				if (stored && event.isErrorDeclaration()) {
					// The same event declared erroneous: same hash ID, so record the declaration on it.
					inserted += writer.write(block, origin, gate, duplicates);
					block.clear();
					inBlock.clear();
					declared += writer.declare(hash, event);
					continue;
				}
				if (stored) {
					duplicates.add(event.hashId());
					continue;
				}
				block.add(event);
				if (block.size() == blockSize) {
					inserted += writer.write(block, origin, gate, duplicates);
					block.clear();
					inBlock.clear();
				}
			}
			inserted += writer.write(block, origin, gate, duplicates);
		}
		return new Saved(inserted, duplicates, declared);
	}

	/** The prepared statements of one insert run. */
	private static final class Writer implements AutoCloseable {
		private final Connection c;
		private final PreparedStatement exists;
		private final PreparedStatement ids;
		private final PreparedStatement event;
		private final PreparedStatement item;
		private final PreparedStatement outbox;
		private final PreparedStatement custody;
		private final PreparedStatement declare;
		private final PreparedStatement declaredInRun;
		private final PreparedStatement corrected;
		/** True when every event was looked up one by one before it reached a block. */
		private final boolean checkedOneByOne;
		private final WriteRuns.Checkpoint checkpoint;

		Writer(Connection c, boolean checkedOneByOne, WriteRuns.Checkpoint checkpoint) throws SQLException {
			this.c = c;
			this.checkedOneByOne = checkedOneByOne;
			this.checkpoint = checkpoint;
			exists = c.prepareStatement("SELECT 1 FROM epcis_event WHERE hash_id = ?"); //$NON-NLS-1$
			ids = c.prepareStatement("SELECT NEXT VALUE FOR epcis_event_id FROM SYSTEM_RANGE(1, ?)"); //$NON-NLS-1$
			event = c.prepareStatement("INSERT INTO epcis_event(id, hash_id, event_type, event_time, action, biz_step, " //$NON-NLS-1$
					+ "disposition, read_point, biz_location, json, prefixes, origin, rule_warning, source_party, " //$NON-NLS-1$
					+ "dest_party, dest_location, source_location, write_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " //$NON-NLS-1$
					+ "?, ?, ?, ?, ?, ?, " //$NON-NLS-1$
					+ WriteRuns.VARIABLE + ")"); //$NON-NLS-1$
			item = c.prepareStatement("INSERT INTO event_item(id, item, role, quantity, uom) VALUES (?, ?, ?, ?, ?)"); //$NON-NLS-1$
			outbox = c.prepareStatement("INSERT INTO anchor_outbox(event_id, state) VALUES (?, " + OutboxState.PENDING.sql() //$NON-NLS-1$
					+ ")"); //$NON-NLS-1$
			custody = c.prepareStatement("INSERT INTO custody_pending(event_id, event_time) VALUES (?, ?)"); //$NON-NLS-1$
			declare = c.prepareStatement("UPDATE epcis_event SET error_declaration = ? WHERE hash_id = ? AND " //$NON-NLS-1$
					+ "error_declaration IS NULL"); //$NON-NLS-1$
			// so that a run that fails takes its declarations back
			declaredInRun = c.prepareStatement("INSERT INTO run_declaration(write_run, event_id) SELECT " //$NON-NLS-1$
					+ WriteRuns.VARIABLE + ", id FROM epcis_event WHERE hash_id = ? AND " + WriteRuns.VARIABLE //$NON-NLS-1$
					+ " IS NOT NULL"); //$NON-NLS-1$
			corrected = c.prepareStatement("UPDATE event_fact SET corrected = TRUE " //$NON-NLS-1$
					+ "WHERE event_id = (SELECT id FROM epcis_event WHERE hash_id = ?)"); //$NON-NLS-1$
		}

		int declare(EventHashId hash, EpcisEvent event) throws SQLException {
			declare.setString(1, event.json().get("errorDeclaration").toString()); //$NON-NLS-1$
			declare.setBytes(2, hash.digest());
			if (declare.executeUpdate() == 0) {
				return 0;
			}
			declaredInRun.setBytes(1, hash.digest());
			declaredInRun.executeUpdate();
			corrected.setBytes(1, hash.digest());
			corrected.executeUpdate();
			return 1;
		}

		boolean exists(EventHashId hash) throws SQLException {
			exists.setBytes(1, hash.digest());
			try (ResultSet r = exists.executeQuery()) {
				return r.next();
			}
		}

		/**
		 * Writes a block, less the events stored before, reported as duplicates:
		 * looked up one by one before, or in one query once the unique index refuses the block.
		 */
		int write(List<EpcisEvent> candidates, Origin origin, EventGate gate, List<EventHashId> duplicates)
				throws SQLException {
			if (checkedOneByOne || candidates.isEmpty()) {
				return insertRows(candidates, origin, gate);
			}
			// Blocks seldom hold a stored event: look their hash IDs up only once the unique index refuses one.
			Savepoint before = c.setSavepoint();
			try {
				return insertRows(candidates, origin, gate);
			} catch (SQLException e) {
				if (!Transactions.isDuplicateKey(e)) {
					throw e;
				}
				c.rollback(before);
				for (PreparedStatement s : List.of(event, item, outbox, custody)) {
					s.clearBatch(); // what the refused block queued behind the events
				}
				return insertRows(withoutStored(candidates, duplicates), origin, gate);
			}
		}

		private int insertRows(List<EpcisEvent> block, Origin origin, EventGate gate) throws SQLException {
			if (block.isEmpty()) {
				return 0;
			}
			long[] reserved = reserveIds(block.size());
			for (int i = 0; i < block.size(); i++) {
				EpcisEvent e = block.get(i);
				long id = reserved[i];
				event.setLong(1, id);
				event.setBytes(2, e.hashId().digest());
				event.setString(3, e.type().name());
				event.setObject(4, e.eventTime().atOffset(e.timeZone()));
				event.setString(5, e.action());
				event.setString(6, e.bizStep());
				event.setString(7, e.disposition());
				event.setString(8, e.readPoint());
				event.setString(9, e.bizLocation());
				event.setString(10, e.jsonText());
				event.setString(11, e.context().declared().isEmpty() ? null : toJson(e.context().declared()));
				event.setString(12, origin.name());
				event.setString(13, ruleBroken(gate.check(e)));
				String holder = e.source(PartyRef.POSSESSING_PARTY);
				String receiver = e.destination(PartyRef.POSSESSING_PARTY);
				event.setString(14, holder);
				event.setString(15, receiver);
				event.setString(16, e.destination(PartyRef.LOCATION));
				event.setString(17, e.source(PartyRef.LOCATION));
				event.addBatch();
				addItems(id, e);
				outbox.setLong(1, id);
				outbox.addBatch();
				if (CustodySteps.isStep(e.bizStep(), holder, receiver)) {
					custody.setLong(1, id);
					custody.setObject(2, e.eventTime().atOffset(e.timeZone()));
					custody.addBatch();
				}
			}
			event.executeBatch();
			item.executeBatch();
			outbox.executeBatch();
			custody.executeBatch();
			checkpoint.wrote(block.size());
			return block.size();
		}

		private List<EpcisEvent> withoutStored(List<EpcisEvent> candidates, List<EventHashId> duplicates)
				throws SQLException {
			Set<EventHashId> stored = new HashSet<>();
			try (PreparedStatement p = c.prepareStatement("SELECT hash_id FROM epcis_event WHERE hash_id IN (" //$NON-NLS-1$
					+ String.join(",", Collections.nCopies(candidates.size(), "?")) + ")")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				for (int i = 0; i < candidates.size(); i++) {
					p.setBytes(i + 1, candidates.get(i).hashId().digest());
				}
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						stored.add(EventHashId.ofDigest(r.getBytes(1)));
					}
				}
			}
			if (stored.isEmpty()) {
				return candidates;
			}
			List<EpcisEvent> fresh = new ArrayList<>();
			for (EpcisEvent e : candidates) {
				if (stored.contains(e.hashId())) {
					duplicates.add(e.hashId());
				} else {
					fresh.add(e);
				}
			}
			return fresh;
		}

		private long[] reserveIds(int count) throws SQLException {
			ids.setInt(1, count);
			long[] reserved = new long[count];
			try (ResultSet r = ids.executeQuery()) {
				for (int i = 0; i < count && r.next(); i++) {
					reserved[i] = r.getLong(1);
				}
			}
			return reserved;
		}

		private void addItems(long id, EpcisEvent e) throws SQLException {
			int position = 0;
			for (String epc : e.epcs()) {
				addItem(id, position++, epc, "epc", null); //$NON-NLS-1$
			}
			for (QuantityElement q : e.quantities()) {
				addItem(id, position++, q.epcClass(), "quantity", q); //$NON-NLS-1$
			}
			for (String epc : e.inputEpcs()) {
				addItem(id, position++, epc, "input", null); //$NON-NLS-1$
			}
			for (QuantityElement q : e.inputQuantities()) {
				addItem(id, position++, q.epcClass(), "input", q); //$NON-NLS-1$
			}
			for (String epc : e.outputEpcs()) {
				addItem(id, position++, epc, "output", null); //$NON-NLS-1$
			}
			for (QuantityElement q : e.outputQuantities()) {
				addItem(id, position++, q.epcClass(), "output", q); //$NON-NLS-1$
			}
			if (e.parentId() != null) {
				addItem(id, position++, e.parentId(), "parent", null); //$NON-NLS-1$
			}
			for (String epc : e.childEpcs()) {
				addItem(id, position++, epc, "child", null); //$NON-NLS-1$
			}
			for (QuantityElement q : e.childQuantities()) {
				addItem(id, position++, q.epcClass(), "child", q); //$NON-NLS-1$
			}
		}

		private void addItem(long eventId, int position, String itemId, String role, QuantityElement q) throws SQLException {
			item.setLong(1, EventItemKeys.key(eventId, position));
			item.setString(2, itemId);
			item.setString(3, role);
			item.setBigDecimal(4, q == null ? null : q.quantity());
			item.setString(5, q == null ? null : q.uom());
			item.addBatch();
		}

		@Override
		public void close() throws SQLException {
			for (PreparedStatement s : List.of(exists, ids, event, item, outbox, custody, declare, declaredInRun, corrected)) {
				s.close();
			}
		}
	}

	/** The rules a flagged event breaks, stored with it; a refusal stops the write. */
	private static String ruleBroken(EventGate.Verdict verdict) {
		return switch (verdict) {
		case EventGate.Accept a -> null;
		case EventGate.Flag f -> StoredWarnings.json(f.rules());
		case EventGate.Refuse r -> throw r.reason();
		};
	}

	private static String toJson(Map<String, String> prefixes) {
		try {
			return JSON.writeValueAsString(prefixes);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
