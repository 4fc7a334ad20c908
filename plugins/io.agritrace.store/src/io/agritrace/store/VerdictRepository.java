package io.agritrace.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.agritrace.core.epcis.EventHashId;
import io.agritrace.store.internal.Transactions;

/**
 * What verification against the chain last found: a verdict per stored event,
 * and the events anchored for this store's lots that it does not hold. The
 * dashboard counts them; a credit profile counts only verified records.
 */
public final class VerdictRepository {

	/** An event's last verdict; the anchor bundle's verification finds them. */
	public enum Verdict {
		/** The stored data gives the hash ID anchored for it. */
		VERIFIED,
		/** Not anchored yet. */
		PENDING,
		/** Neither anchored nor waiting. */
		NOT_ON_CHAIN,
		/** The stored data no longer gives the hash ID anchored for it: altered. */
		MISMATCH
	}

	/** An event anchored on chain for {@code item} that the database lacks. */
	public record Missing(EventHashId hashId, String item, Long block) {
	}

	/**
	 * A record that did not verify: a mismatch (stored, altered) or a missing event.
	 *
	 * @param item      a lot the event names, to open
	 * @param eventTime when it happened, or null for a missing event
	 * @param bizStep   its step, or null for a missing event
	 * @param missing   true for an event on chain that the database lacks
	 */
	public record Incident(EventHashId hashId, String item, Instant eventTime, String bizStep, boolean missing,
			Instant found) {
	}

	private final Transactions transactions;

	VerdictRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/** Keeps the verdicts found at {@code at}; an event verified again is no longer missing. */
	public void record(Map<EventHashId, Verdict> verdicts, List<Missing> missing, Instant at) {
		OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
		transactions.run(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE anchor_outbox SET verdict = ?, verified_at = ? " //$NON-NLS-1$
					+ "WHERE event_id = (SELECT id FROM epcis_event WHERE hash_id = ?)"); //$NON-NLS-1$
					PreparedStatement found = c.prepareStatement("DELETE FROM missing_event WHERE hash_id = ?")) { //$NON-NLS-1$
				for (Map.Entry<EventHashId, Verdict> v : verdicts.entrySet()) {
					p.setString(1, v.getValue().name());
					p.setObject(2, when);
					p.setBytes(3, v.getKey().digest());
					p.addBatch();
					found.setBytes(1, v.getKey().digest());
					found.addBatch();
				}
				p.executeBatch();
				found.executeBatch();
			}
			try (PreparedStatement p = c.prepareStatement("MERGE INTO missing_event(hash_id, item, block_number, found_at) " //$NON-NLS-1$
					+ "KEY(hash_id) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
				for (Missing m : missing) {
					p.setBytes(1, m.hashId().digest());
					p.setString(2, m.item());
					p.setObject(3, m.block());
					p.setObject(4, when);
					p.addBatch();
				}
				p.executeBatch();
			}
		});
	}

	/** Stored events by their last verdict; those never verified are not counted. */
	public Map<Verdict, Long> counts() {
		return transactions.call(c -> {
			Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
			try (PreparedStatement p = c.prepareStatement("SELECT verdict, COUNT(*) FROM anchor_outbox " //$NON-NLS-1$
					+ "WHERE verdict IS NOT NULL GROUP BY verdict"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				while (r.next()) {
					counts.put(Verdict.valueOf(r.getString(1)), r.getLong(2));
				}
			}
			return counts;
		});
	}

	/**
	 * When the anchored event whose verdict is the oldest was verified: the
	 * epoch while one has never been verified; empty when no event is
	 * anchored. What a schedule of whole-store verifications goes by.
	 */
	public Optional<Instant> oldestVerification() {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*), " //$NON-NLS-1$
					+ "SUM(CASE WHEN verified_at IS NULL THEN 1 ELSE 0 END), MIN(verified_at) FROM anchor_outbox " //$NON-NLS-1$
					+ "WHERE state = " + OutboxState.ANCHORED.sql()); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				r.next();
				if (r.getLong(1) == 0) {
					return Optional.empty();
				}
				return Optional.of(r.getLong(2) > 0 ? Instant.EPOCH : r.getObject(3, OffsetDateTime.class).toInstant());
			}
		});
	}

	/** Mismatches and missing events, newest found first. */
	public List<Incident> incidents() {
		return transactions.call(c -> {
			List<Incident> incidents = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT e.hash_id, " //$NON-NLS-1$
					+ "(SELECT MIN(i.item) FROM event_item i WHERE i.event_id = e.id), e.event_time, e.biz_step, " //$NON-NLS-1$
					+ "o.verified_at FROM anchor_outbox o JOIN epcis_event e ON e.id = o.event_id " //$NON-NLS-1$
					+ "WHERE o.verdict = 'MISMATCH' ORDER BY o.verified_at DESC, e.id"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				while (r.next()) {
					incidents.add(new Incident(EventHashId.ofDigest(r.getBytes(1)), r.getString(2),
							r.getObject(3, OffsetDateTime.class).toInstant(), r.getString(4), false,
							r.getObject(5, OffsetDateTime.class).toInstant()));
				}
			}
			try (PreparedStatement p = c.prepareStatement("SELECT hash_id, item, found_at FROM missing_event " //$NON-NLS-1$
					+ "ORDER BY found_at DESC"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				while (r.next()) {
					incidents.add(new Incident(EventHashId.ofDigest(r.getBytes(1)), r.getString(2), null, null, true,
							r.getObject(3, OffsetDateTime.class).toInstant()));
				}
			}
			return incidents;
		});
	}
}
