package io.agritrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisContext;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.store.internal.EventItemKeys;
import io.agritrace.store.internal.Transactions;
import io.agritrace.store.internal.WriteRuns;

/**
 * EPCIS events in the database: each with its identifiers, parties and an
 * outbox row for the chain, written in one transaction.
 */
public final class EventRepository {

	/** Where an event came from. */
	public enum Origin {
		/** Recorded here, through the wizard or the CLI: it passed every rule. */
		RECORDED,
		/** Imported from a partner's document: stored even when it breaks a rule, flagged. */
		IMPORTED
	}

	/**
	 * What a save did.
	 *
	 * @param inserted   events stored
	 * @param duplicates hash IDs already stored (or twice in the input): nothing changed for them
	 * @param declared   stored events that a copy with an errorDeclaration declared erroneous
	 */
	public record Saved(int inserted, List<EventHashId> duplicates, int declared) {
	}

	static final ObjectMapper JSON = new ObjectMapper();
	private static final String COLUMNS = "e.id, e.hash_id, e.json, e.prefixes, e.origin, e.rule_warning, e.error_declaration"; //$NON-NLS-1$
	private static final int BLOCK = 500;
	/** SQLSTATE of a unique index violation. */
	private static final String DUPLICATE_KEY = "23505"; //$NON-NLS-1$

	private final Transactions transactions;

	EventRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/**
	 * Inserts events with their items, parties and outbox rows, in blocks of
	 * batched statements, within the caller's transaction or write run.
	 * Duplicates are skipped.
	 *
	 * @param warning    the rule an event breaks, or null
	 * @param checkpoint told of every block written
	 */
	static Saved insert(Connection c, Iterable<EpcisEvent> events, Origin origin, Function<EpcisEvent, String> warning,
			WriteRuns.Checkpoint checkpoint) throws SQLException {
		return insert(c, events, origin, warning, BLOCK, checkpoint);
	}

	/**
	 * As {@link #insert(Connection, Iterable, Origin, Function, WriteRuns.Checkpoint)},
	 * with {@code blockSize} 1 when {@code check} must see every earlier event stored.
	 *
	 * @param check runs just before an event is written; returns the rule it
	 *              breaks (stored with it) or null, or throws to refuse it. In
	 *              blocks of more than one it runs again for a block written a
	 *              second time without the stored events the first refused.
	 */
	static Saved insert(Connection c, Iterable<EpcisEvent> events, Origin origin, Function<EpcisEvent, String> check,
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
					inserted += writer.write(block, origin, check, duplicates);
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
					inserted += writer.write(block, origin, check, duplicates);
					block.clear();
					inBlock.clear();
				}
			}
			inserted += writer.write(block, origin, check, duplicates);
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
					+ "dest_party, dest_location, write_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " //$NON-NLS-1$
					+ WriteRuns.VARIABLE + ")"); //$NON-NLS-1$
			item = c.prepareStatement("INSERT INTO event_item(id, item, role, quantity, uom) VALUES (?, ?, ?, ?, ?)"); //$NON-NLS-1$
			outbox = c.prepareStatement("INSERT INTO anchor_outbox(event_id, state) VALUES (?, " + OutboxState.PENDING.sql() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			custody = c.prepareStatement("INSERT INTO custody_pending(event_id, event_time) VALUES (?, ?)"); //$NON-NLS-1$
			declare = c.prepareStatement("UPDATE epcis_event SET error_declaration = ? WHERE hash_id = ? AND error_declaration IS NULL"); //$NON-NLS-1$
			// so that a run that fails takes its declarations back
			declaredInRun = c.prepareStatement("INSERT INTO run_declaration(write_run, event_id) SELECT " //$NON-NLS-1$
					+ WriteRuns.VARIABLE + ", id FROM epcis_event WHERE hash_id = ? AND " + WriteRuns.VARIABLE + " IS NOT NULL"); //$NON-NLS-1$ //$NON-NLS-2$
		}

		int declare(EventHashId hash, EpcisEvent event) throws SQLException {
			declare.setString(1, event.json().get("errorDeclaration").toString()); //$NON-NLS-1$
			declare.setBytes(2, hash.digest());
			if (declare.executeUpdate() == 0) {
				return 0;
			}
			declaredInRun.setBytes(1, hash.digest());
			declaredInRun.executeUpdate();
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
		int write(List<EpcisEvent> candidates, Origin origin, Function<EpcisEvent, String> warning,
				List<EventHashId> duplicates) throws SQLException {
			if (checkedOneByOne || candidates.isEmpty()) {
				return insertRows(candidates, origin, warning);
			}
			// Blocks seldom hold a stored event: look their hash IDs up only once the unique index refuses one.
			Savepoint before = c.setSavepoint();
			try {
				return insertRows(candidates, origin, warning);
			} catch (SQLException e) {
				if (!DUPLICATE_KEY.equals(e.getSQLState())) {
					throw e;
				}
				c.rollback(before);
				for (PreparedStatement s : List.of(event, item, outbox, custody)) {
					s.clearBatch(); // what the refused block queued behind the events
				}
				return insertRows(withoutStored(candidates, duplicates), origin, warning);
			}
		}

		private int insertRows(List<EpcisEvent> block, Origin origin, Function<EpcisEvent, String> warning)
				throws SQLException {
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
				event.setString(13, warning.apply(e));
				String holder = e.source(PartyRef.POSSESSING_PARTY);
				String receiver = e.destination(PartyRef.POSSESSING_PARTY);
				event.setString(14, holder);
				event.setString(15, receiver);
				event.setString(16, e.destination(PartyRef.LOCATION));
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
			for (PreparedStatement s : List.of(exists, ids, event, item, outbox, custody, declare, declaredInRun)) {
				s.close();
			}
		}
	}

	private static String toJson(Map<String, String> prefixes) {
		try {
			return JSON.writeValueAsString(prefixes);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Events about any of these identifiers (in any role), oldest first. */
	public List<StoredEvent> forItems(Collection<String> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		return transactions.call(c -> {
			String in = String.join(",", Collections.nCopies(items.size(), "?")); //$NON-NLS-1$ //$NON-NLS-2$
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM epcis_event e WHERE e.id IN " //$NON-NLS-1$ //$NON-NLS-2$
					+ "(SELECT event_id FROM event_item WHERE item IN (" + in + ")) ORDER BY e.event_time, e.id")) { //$NON-NLS-1$ //$NON-NLS-2$
				int i = 1;
				for (String item : items) {
					p.setString(i++, item);
				}
				return read(p);
			}
		});
	}

	/** The event with this hash ID, if stored. */
	public Optional<StoredEvent> find(EventHashId hashId) {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM epcis_event e WHERE e.hash_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
				p.setBytes(1, hashId.digest());
				return read(p).stream().findFirst();
			}
		});
	}

	/** How many events an identifier had on each local day (in each event's own offset). */
	public Map<LocalDate, Integer> countPerDay(String item) {
		return transactions.call(c -> {
			Map<LocalDate, Integer> perDay = new TreeMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT e.event_time FROM epcis_event e WHERE e.id IN " //$NON-NLS-1$
					+ "(SELECT event_id FROM event_item WHERE item = ?)")) { //$NON-NLS-1$
				p.setString(1, item);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						perDay.merge(r.getObject(1, OffsetDateTime.class).toLocalDate(), 1, Integer::sum);
					}
				}
			}
			return perDay;
		});
	}

	public long count() {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM epcis_event"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				r.next();
				return r.getLong(1);
			}
		});
	}

	private static List<StoredEvent> read(PreparedStatement p) throws SQLException {
		List<StoredEvent> result = new ArrayList<>();
		try (ResultSet r = p.executeQuery()) {
			while (r.next()) {
				result.add(event(r));
			}
		}
		return result;
	}

	static StoredEvent event(ResultSet r) throws SQLException {
		long id = r.getLong(1);
		try {
			ObjectNode json = (ObjectNode) JSON.readTree(r.getString(3));
			String prefixes = r.getString(4);
			EpcisContext context = prefixes == null ? EpcisContext.STANDARD_ONLY
					: EpcisContext.ofPrefixes(JSON.readValue(prefixes, JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class)));
			EventHashId hash = EventHashId.ofDigest(r.getBytes(2));
			EpcisEvent event = EpcisEvent.stored(json, context, "epcis_event[id=" + id + "]", hash); //$NON-NLS-1$ //$NON-NLS-2$
			return new StoredEvent(id, event, hash, Origin.valueOf(r.getString(5)), r.getString(6),
					r.getString(7));
		} catch (JsonProcessingException e) {
			throw new SQLException("Stored event " + id + " is no longer JSON: " + e.getOriginalMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
