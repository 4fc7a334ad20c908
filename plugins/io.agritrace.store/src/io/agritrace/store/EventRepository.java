package io.agritrace.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.store.internal.EventItemKeys;
import io.agritrace.store.internal.StoredJson;
import io.agritrace.store.internal.StoredWarnings;
import io.agritrace.store.internal.Transactions;

/**
 * EPCIS events in the database (read side; {@link io.agritrace.store.internal.EventWriter}
 * writes them): each with its identifiers, parties and an
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
	static final String COLUMNS = "e.id, e.hash_id, e.json, e.prefixes, e.origin, e.rule_warning, e.error_declaration"; //$NON-NLS-1$

	private final Transactions transactions;

	EventRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/** Events about any of these identifiers (in any role), oldest first. */
	public List<StoredEvent> forItems(Collection<String> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		return transactions.call(c -> {
			String in = String.join(",", Collections.nCopies(items.size(), "?")); //$NON-NLS-1$ //$NON-NLS-2$
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS //$NON-NLS-1$
					+ " FROM epcis_event e WHERE e.id IN " //$NON-NLS-1$
					+ "(SELECT event_id FROM event_item WHERE item IN (" + in //$NON-NLS-1$
					+ ")) ORDER BY e.event_time, e.id")) { //$NON-NLS-1$
				int i = 1;
				for (String item : items) {
					p.setString(i++, item);
				}
				return read(p);
			}
		});
	}

	/** Up to {@code limit} events stored after the one with id {@code afterId}, in id order: a whole store read page by page. */
	public List<StoredEvent> after(long afterId, int limit) {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS //$NON-NLS-1$
					+ " FROM epcis_event e WHERE e.id > ? " //$NON-NLS-1$
					+ "ORDER BY e.id LIMIT ?")) { //$NON-NLS-1$
				p.setLong(1, afterId);
				p.setInt(2, limit);
				return read(p);
			}
		});
	}

	/** The event with this hash ID, if stored. */
	public Optional<StoredEvent> find(EventHashId hashId) {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS //$NON-NLS-1$
					+ " FROM epcis_event e WHERE e.hash_id = ?")) { //$NON-NLS-1$
				p.setBytes(1, hashId.digest());
				return read(p).stream().findFirst();
			}
		});
	}

	/**
	 * For the guided scenario's demonstration of tampering only: what an insider
	 * with the database's password does. Puts {@code tampered} where the stored
	 * JSON of the event says {@code recorded} as a quantity, bypassing every
	 * check and leaving its items, facts and anchor as they were, so that
	 * verification finds the event altered; called with the two swapped, it puts
	 * the event back. A record is corrected with {@link EventImporter#correct}.
	 *
	 * @return 1, or 0 when no stored event with this hash ID holds that quantity
	 */
	public int tamperQuantity(EventHashId event, BigDecimal recorded, BigDecimal tampered) {
		String from = "\"quantity\":" + recorded; //$NON-NLS-1$
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE epcis_event SET json = REPLACE(json, ?, ?) " //$NON-NLS-1$
					+ "WHERE hash_id = ? AND LOCATE(?, json) > 0")) { //$NON-NLS-1$
				p.setString(1, from);
				p.setString(2, "\"quantity\":" + tampered); //$NON-NLS-1$
				p.setBytes(3, event.digest());
				p.setString(4, from);
				return p.executeUpdate();
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

	/**
	 * The identifiers named by an event that broke a custody rule (flagged on
	 * import) or was declared erroneous: the lots whose trace has warnings.
	 */
	public Set<String> itemsWithWarnings() {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT i.item FROM epcis_event e JOIN event_item i ON " //$NON-NLS-1$
					+ EventItemKeys.ofEvent("i", "e.id") //$NON-NLS-1$ //$NON-NLS-2$
					+ " WHERE e.rule_warning IS NOT NULL OR e.error_declaration IS NOT NULL"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				Set<String> items = new HashSet<>();
				while (r.next()) {
					items.add(r.getString(1));
				}
				return items;
			}
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
		EventHashId hash = EventHashId.ofDigest(r.getBytes(2));
		EpcisEvent event = StoredJson.event(id, hash, r.getString(3), r.getString(4));
		return new StoredEvent(id, event, hash, Origin.valueOf(r.getString(5)), StoredWarnings.read(r.getString(6)),
				r.getString(7));
	}
}
