package io.agritrace.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.agritrace.store.internal.Transactions;

/**
 * The figures of the provincial dashboard for a period, a product category
 * and a prefecture, read from the facts the store keeps of each event
 * (waiting for any not filled yet; indexed by event time), the outbox and the
 * verdicts, and the master data.
 */
public final class DashboardRepository {

	/**
	 * What the dashboard shows: whole days in the workspace's zone, so that an
	 * event, its lot's harvest date and its day on the chart fall in the period
	 * or out of it together.
	 *
	 * @param first      the first day counted
	 * @param last       the last day counted
	 * @param zone       the zone whose midnights start and end the days
	 * @param category   a product category (rice, ginseng …), or null for all
	 * @param prefecture the first four digits of a prefecture's GB/T 2260 code, or null for the province
	 */
	public record Filter(LocalDate first, LocalDate last, ZoneId zone, String category, String prefecture) {

		/** The last {@code days} days in the clock's zone, its today among them. */
		public static Filter lastDays(int days, Clock clock, String category, String prefecture) {
			LocalDate today = LocalDate.now(clock);
			return new Filter(today.minusDays(days - 1L), today, clock.getZone(), category, prefecture);
		}

		/** The first instant counted: the first day's midnight. */
		public Instant from() {
			return first.atStartOfDay(zone).toInstant();
		}

		/** The first instant not counted: the midnight after the last day. */
		public Instant to() {
			return last.plusDays(1).atStartOfDay(zone).toInstant();
		}
	}

	/**
	 * The dashboard's figures. Counts are of the events that happened in the
	 * period; the backlog and the incidents are the store's now.
	 *
	 * @param organisations    registered organisations by role
	 * @param batches          batches harvested or made in the period
	 * @param events           events recorded
	 * @param anchored         of which anchored
	 * @param verified         of which their last verification found anchored and unaltered
	 * @param mismatches       of which altered since anchoring
	 * @param inspections      inspections
	 * @param passed           of which the lot conformed
	 * @param warnings         events flagged with a broken rule, with a temperature excursion or with an implausible yield
	 * @param handled          events declared erroneous and corrected
	 * @param backlog          events waiting for their anchor, in the whole store
	 * @param perDay           events recorded and anchored per day (two numbers a day)
	 * @param kgByProduct      kilograms harvested or slaughtered per GTIN
	 * @param kgByCounty       the same per county of the farm
	 * @param flows            kilograms shipped between counties
	 */
	public record Figures(Map<String, Long> organisations, long batches, long events, long anchored, long verified,
			long mismatches, long inspections, long passed, long warnings, long handled, long backlog,
			TreeMap<LocalDate, long[]> perDay, Map<String, BigDecimal> kgByProduct, Map<String, BigDecimal> kgByCounty,
			List<Flow> flows) {
	}

	/** Kilograms shipped from one county to another. */
	public record Flow(String from, String to, BigDecimal kg) {
	}

	private final Transactions transactions;
	private final FactFiller facts;
	private final OutboxRepository outbox;

	DashboardRepository(Transactions transactions, FactFiller facts, OutboxRepository outbox) {
		this.transactions = transactions;
		this.facts = facts;
		this.outbox = outbox;
	}

	public Figures figures(Filter filter) {
		facts.await();
		long backlog = outbox.backlogCount();
		return transactions.call(c -> {
			String where = where(filter);
			long[] counts = new long[9];
			try (PreparedStatement p = prepare(c, "SELECT COUNT(*), " //$NON-NLS-1$
					+ "SUM(CASE WHEN o.state = " + OutboxState.ANCHORED.sql() + " THEN 1 ELSE 0 END), " //$NON-NLS-1$ //$NON-NLS-2$
					+ "SUM(CASE WHEN o.verdict = 'VERIFIED' THEN 1 ELSE 0 END), " //$NON-NLS-1$
					+ "SUM(CASE WHEN o.verdict = 'MISMATCH' THEN 1 ELSE 0 END), " //$NON-NLS-1$
					+ "SUM(CASE WHEN f.inspection IS NOT NULL THEN 1 ELSE 0 END), " //$NON-NLS-1$
					+ "SUM(CASE WHEN f.inspection = 'P' THEN 1 ELSE 0 END), " //$NON-NLS-1$
					+ "SUM(CASE WHEN f.flagged OR f.excursions > 0 OR f.implausible THEN 1 ELSE 0 END), " //$NON-NLS-1$
					+ "SUM(CASE WHEN f.corrected THEN 1 ELSE 0 END) " //$NON-NLS-1$
					+ "FROM event_fact f JOIN anchor_outbox o ON o.event_id = f.event_id" + where, filter); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				r.next();
				for (int i = 0; i < 8; i++) {
					counts[i] = r.getLong(i + 1);
				}
			}
			TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
			// The day in the filter's zone: a cast to DATE would take the database session's, the machine's.
			try (PreparedStatement p = prepare(c, "SELECT d, COUNT(*), SUM(a) FROM (SELECT " //$NON-NLS-1$
					+ "FORMATDATETIME(f.event_time, 'yyyy-MM-dd', 'en', ?) d, " //$NON-NLS-1$
					+ "CASE WHEN o.state = " + OutboxState.ANCHORED.sql() + " THEN 1 ELSE 0 END a " //$NON-NLS-1$ //$NON-NLS-2$
					+ "FROM event_fact f JOIN anchor_outbox o ON o.event_id = f.event_id" + where + ") GROUP BY d", //$NON-NLS-1$ //$NON-NLS-2$
					filter, filter.zone().getId());
					ResultSet r = p.executeQuery()) {
				while (r.next()) {
					perDay.put(LocalDate.parse(r.getString(1)), new long[] { r.getLong(2), r.getLong(3) });
				}
			}
			String produced = where + " AND f.stage = 'PRODUCTION' AND f.kg IS NOT NULL"; //$NON-NLS-1$
			Map<String, BigDecimal> kgByProduct = sums(c, "f.gtin", produced, filter); //$NON-NLS-1$
			Map<String, BigDecimal> kgByCounty = sums(c, "f.division", produced, filter); //$NON-NLS-1$
			List<Flow> flows = new ArrayList<>();
			try (PreparedStatement p = prepare(c, "SELECT f.division, f.to_division, SUM(f.kg) FROM event_fact f" + where //$NON-NLS-1$
					+ " AND f.stage = 'TRANSPORT' AND f.to_division IS NOT NULL AND f.division <> f.to_division " //$NON-NLS-1$
					+ "AND f.kg IS NOT NULL GROUP BY f.division, f.to_division", filter); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				while (r.next()) {
					flows.add(new Flow(r.getString(1), r.getString(2), r.getBigDecimal(3)));
				}
			}
			return new Figures(organisations(c, filter), batches(c, filter), counts[0], counts[1], counts[2], counts[3],
					counts[4], counts[5], counts[6], counts[7], backlog, perDay, kgByProduct, kgByCounty, flows);
		});
	}

	/** The facts of the period, of the category's products and the prefecture's sites. */
	private static String where(Filter filter) {
		return (filter.category() == null ? "" : " JOIN product pr ON pr.gtin = f.gtin") //$NON-NLS-1$ //$NON-NLS-2$
				+ " WHERE f.event_time >= ? AND f.event_time < ?" //$NON-NLS-1$
				+ (filter.category() == null ? "" : " AND pr.category = ?") //$NON-NLS-1$ //$NON-NLS-2$
				+ (filter.prefecture() == null ? "" : " AND f.division LIKE ?"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Prepares a statement over {@link #where} and binds the filter's values, after any {@code leading} ones. */
	private static PreparedStatement prepare(Connection c, String sql, Filter filter, String... leading) throws SQLException {
		PreparedStatement p = c.prepareStatement(sql);
		int i = 1;
		for (String value : leading) {
			p.setString(i++, value);
		}
		p.setObject(i++, filter.from().atOffset(ZoneOffset.UTC));
		p.setObject(i++, filter.to().atOffset(ZoneOffset.UTC));
		if (filter.category() != null) {
			p.setString(i++, filter.category());
		}
		if (filter.prefecture() != null) {
			p.setString(i, filter.prefecture() + '%');
		}
		return p;
	}

	private static Map<String, BigDecimal> sums(Connection c, String key, String where, Filter filter) throws SQLException {
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		try (PreparedStatement p = prepare(c, "SELECT " + key + ", SUM(f.kg) FROM event_fact f" + where //$NON-NLS-1$ //$NON-NLS-2$
				+ " AND " + key + " IS NOT NULL GROUP BY " + key + " ORDER BY SUM(f.kg) DESC", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				filter);
				ResultSet r = p.executeQuery()) {
			while (r.next()) {
				sums.put(r.getString(1), r.getBigDecimal(2));
			}
		}
		return sums;
	}

	private static Map<String, Long> organisations(Connection c, Filter filter) throws SQLException {
		Map<String, Long> roles = new LinkedHashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT roles, COUNT(*) FROM party WHERE NOT external" //$NON-NLS-1$
				+ (filter.prefecture() == null ? "" : " AND county LIKE ?") //$NON-NLS-1$ //$NON-NLS-2$
				+ " GROUP BY roles ORDER BY roles")) { //$NON-NLS-1$
			if (filter.prefecture() != null) {
				p.setString(1, filter.prefecture() + '%');
			}
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					roles.put(r.getString(1), r.getLong(2));
				}
			}
		}
		return roles;
	}

	private static long batches(Connection c, Filter filter) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM product_batch b" //$NON-NLS-1$
				+ (filter.category() == null ? "" : " JOIN product pr ON pr.gtin = b.gtin") //$NON-NLS-1$ //$NON-NLS-2$
				+ " WHERE b.harvest_date BETWEEN ? AND ?" //$NON-NLS-1$
				+ (filter.category() == null ? "" : " AND pr.category = ?") //$NON-NLS-1$ //$NON-NLS-2$
				+ (filter.prefecture() == null ? "" : " AND b.origin_division LIKE ?"))) { //$NON-NLS-1$ //$NON-NLS-2$
			int i = 1;
			p.setDate(i++, Date.valueOf(filter.first()));
			p.setDate(i++, Date.valueOf(filter.last()));
			if (filter.category() != null) {
				p.setString(i++, filter.category());
			}
			if (filter.prefecture() != null) {
				p.setString(i, filter.prefecture() + '%');
			}
			try (ResultSet r = p.executeQuery()) {
				r.next();
				return r.getLong(1);
			}
		}
	}
}
