package io.agritrace.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.agritrace.store.internal.Transactions;

/** The log of mock-recall drills, newest first. */
public final class RecallDrillRepository {

	/**
	 * One drill: a lot chosen at {@code started}, its list of recipients exported at {@code finished}.
	 *
	 * @param recipients lots at places listed
	 * @param parties    holders among them
	 * @param heldKg     kilograms still held when the list was made
	 */
	public record Drill(String lot, Instant started, Instant finished, int recipients, int parties, BigDecimal heldKg) {

		public Duration duration() {
			return Duration.between(started, finished);
		}
	}

	private final Transactions transactions;

	RecallDrillRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	public void record(Drill drill) {
		transactions.run(c -> {
			try (PreparedStatement p = c.prepareStatement("INSERT INTO recall_drill(lot, started_at, finished_at, " //$NON-NLS-1$
					+ "recipients, parties, held_kg) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				p.setString(1, drill.lot());
				p.setObject(2, drill.started().atOffset(ZoneOffset.UTC));
				p.setObject(3, drill.finished().atOffset(ZoneOffset.UTC));
				p.setInt(4, drill.recipients());
				p.setInt(5, drill.parties());
				p.setBigDecimal(6, drill.heldKg());
				p.executeUpdate();
			}
		});
	}

	public List<Drill> all() {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT lot, started_at, finished_at, recipients, parties, " //$NON-NLS-1$
					+ "held_kg FROM recall_drill ORDER BY finished_at DESC, id DESC"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				List<Drill> drills = new ArrayList<>();
				while (r.next()) {
					drills.add(new Drill(r.getString(1), r.getObject(2, OffsetDateTime.class).toInstant(),
							r.getObject(3, OffsetDateTime.class).toInstant(), r.getInt(4), r.getInt(5),
							r.getBigDecimal(6).stripTrailingZeros()));
				}
				return drills;
			}
		});
	}
}
