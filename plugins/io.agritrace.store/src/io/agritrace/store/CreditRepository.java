package io.agritrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditPolicy.Indicator;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.store.internal.Transactions;

/**
 * The counts behind credit profiles, read from the facts the store keeps of
 * each event (waiting for any not filled yet) and the verdicts of its last
 * verification: only verified records count, the others are counted apart.
 * Events missing here count against the producer of their lot.
 */
public final class CreditRepository {

	/**
	 * A record behind an indicator.
	 *
	 * @param item   a lot it names, to open
	 * @param detail what is wrong with it: the fields missing, hours late, minutes out of the band …
	 */
	public record Record(EventHashId hashId, Instant eventTime, String stage, String item, String detail) {
	}

	private static final String VERIFIED = "o.verdict = 'VERIFIED'"; //$NON-NLS-1$
	private static final String SHIPMENT = "f.stage IN ('TRANSPORT', 'PURCHASE')"; //$NON-NLS-1$
	/** Every count of {@link CreditCounts} but the missing events, in its order; one parameter: the late threshold. */
	private static final String SUMS = "COUNT(*), " + sum(VERIFIED) + ", " //$NON-NLS-1$ //$NON-NLS-2$
			+ sum(VERIFIED + " AND f.missing IS NULL") + ", " //$NON-NLS-1$ //$NON-NLS-2$
			+ sum(VERIFIED + " AND f.delay_minutes > ?") + ", " //$NON-NLS-1$ //$NON-NLS-2$
			+ sum(VERIFIED + " AND f.inspection IS NOT NULL") + ", " //$NON-NLS-1$ //$NON-NLS-2$
			+ sum(VERIFIED + " AND f.inspection = 'P'") + ", " //$NON-NLS-1$ //$NON-NLS-2$
			+ sum(VERIFIED + " AND f.excursions IS NOT NULL AND " + SHIPMENT) + ", " //$NON-NLS-1$ //$NON-NLS-2$
			+ sum(VERIFIED + " AND f.excursions > 0 AND " + SHIPMENT) + ", " //$NON-NLS-1$ //$NON-NLS-2$
			+ "COALESCE(SUM(CASE WHEN " + VERIFIED + " AND " + SHIPMENT //$NON-NLS-1$ //$NON-NLS-2$
			+ " THEN f.excursion_minutes END), 0), " //$NON-NLS-1$
			+ sum(VERIFIED + " AND f.corrected") + ", " + sum("o.verdict = 'MISMATCH'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ " FROM event_fact f JOIN anchor_outbox o ON o.event_id = f.event_id "; //$NON-NLS-1$

	private final Transactions transactions;
	private final FactFiller facts;

	CreditRepository(Transactions transactions, FactFiller facts) {
		this.transactions = transactions;
		this.facts = facts;
	}

	private static String sum(String condition) {
		return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** One organisation's counts per month of its records' event time, oldest first. */
	public TreeMap<YearMonth, CreditCounts> monthly(String party, CreditPolicy policy) {
		facts.await();
		return transactions.call(c -> {
			TreeMap<YearMonth, CreditCounts> months = new TreeMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT YEAR(f.event_time), MONTH(f.event_time), " + SUMS //$NON-NLS-1$
					+ "WHERE f.party = ? GROUP BY YEAR(f.event_time), MONTH(f.event_time)")) { //$NON-NLS-1$
				p.setLong(1, policy.lateHours() * 60L);
				p.setString(2, party);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						months.put(YearMonth.of(r.getInt(1), r.getInt(2)), counts(r, 3, 0));
					}
				}
			}
			try (PreparedStatement p = c.prepareStatement("SELECT YEAR(m.found_at), MONTH(m.found_at), COUNT(*) " //$NON-NLS-1$
					+ "FROM missing_event m JOIN product_batch b ON b.code = m.item WHERE b.producer = ? " //$NON-NLS-1$
					+ "GROUP BY YEAR(m.found_at), MONTH(m.found_at)")) { //$NON-NLS-1$
				p.setString(1, party);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						months.merge(YearMonth.of(r.getInt(1), r.getInt(2)),
								new CreditCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, r.getLong(3)), CreditCounts::plus);
					}
				}
			}
			return months;
		});
	}

	/** Every organisation's counts over all its records: what a ranking compares. */
	public Map<String, CreditCounts> all(CreditPolicy policy) {
		return all(policy, Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z")); //$NON-NLS-1$
	}

	/**
	 * Every organisation's counts over its records of a period (the
	 * dashboard's), and the missing events found in it; read through the
	 * event-time index.
	 */
	public Map<String, CreditCounts> all(CreditPolicy policy, Instant from, Instant to) {
		facts.await();
		return transactions.call(c -> {
			Map<String, CreditCounts> parties = new HashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT f.party, " + SUMS //$NON-NLS-1$
					+ "WHERE f.party IS NOT NULL AND f.event_time >= ? AND f.event_time < ? GROUP BY f.party")) { //$NON-NLS-1$
				p.setLong(1, policy.lateHours() * 60L);
				p.setObject(2, from.atOffset(ZoneOffset.UTC));
				p.setObject(3, to.atOffset(ZoneOffset.UTC));
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						parties.put(r.getString(1), counts(r, 2, 0));
					}
				}
			}
			missingByProducer(c, from, to).forEach((party, missing) -> parties.merge(party,
					new CreditCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, missing), CreditCounts::plus));
			return parties;
		});
	}

	private static Map<String, Long> missingByProducer(Connection c, Instant from, Instant to) throws SQLException {
		Map<String, Long> missing = new HashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT b.producer, COUNT(*) FROM missing_event m " //$NON-NLS-1$
				+ "JOIN product_batch b ON b.code = m.item WHERE b.producer IS NOT NULL " //$NON-NLS-1$
				+ "AND m.found_at >= ? AND m.found_at < ? GROUP BY b.producer")) { //$NON-NLS-1$
			p.setObject(1, from.atOffset(ZoneOffset.UTC));
			p.setObject(2, to.atOffset(ZoneOffset.UTC));
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					missing.put(r.getString(1), r.getLong(2));
				}
			}
		}
		return missing;
	}

	private static CreditCounts counts(ResultSet r, int from, long missing) throws SQLException {
		long[] v = new long[11];
		for (int i = 0; i < v.length; i++) {
			v[i] = r.getLong(from + i);
		}
		return new CreditCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], missing);
	}

	/** The records that count against an indicator, newest first, at most {@code limit}. */
	public List<Record> records(String party, Indicator indicator, CreditPolicy policy, int limit) {
		String condition = switch (indicator) {
		case COMPLETENESS -> VERIFIED + " AND f.missing IS NOT NULL"; //$NON-NLS-1$
		case TIMELINESS -> VERIFIED + " AND f.delay_minutes > " + policy.lateHours() * 60L; //$NON-NLS-1$
		case INSPECTIONS -> VERIFIED + " AND f.inspection = 'F'"; //$NON-NLS-1$
		case COLD_CHAIN -> VERIFIED + " AND f.excursions > 0 AND " + SHIPMENT; //$NON-NLS-1$
		case CORRECTIONS -> VERIFIED + " AND f.corrected"; //$NON-NLS-1$
		case INTEGRITY -> "o.verdict = 'MISMATCH'"; //$NON-NLS-1$
		};
		String detail = switch (indicator) {
		case COMPLETENESS -> "f.missing"; //$NON-NLS-1$
		case TIMELINESS -> "CAST(f.delay_minutes / 60 AS VARCHAR) || ' h'"; //$NON-NLS-1$
		case COLD_CHAIN -> "CAST(f.excursion_minutes AS VARCHAR) || ' min'"; //$NON-NLS-1$
		default -> "NULL"; //$NON-NLS-1$
		};
		facts.await();
		return transactions.call(c -> {
			List<Record> records = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT e.hash_id, f.event_time, f.stage, " //$NON-NLS-1$
					+ "(SELECT MIN(i.item) FROM event_item i WHERE i.event_id = f.event_id), " + detail //$NON-NLS-1$
					+ " FROM event_fact f JOIN anchor_outbox o ON o.event_id = f.event_id " //$NON-NLS-1$
					+ "JOIN epcis_event e ON e.id = f.event_id WHERE f.party = ? AND " + condition //$NON-NLS-1$
					+ " ORDER BY f.event_time DESC LIMIT ?")) { //$NON-NLS-1$
				p.setString(1, party);
				p.setInt(2, limit);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						records.add(new Record(EventHashId.ofDigest(r.getBytes(1)),
								r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3), r.getString(4),
								r.getString(5)));
					}
				}
			}
			return records;
		});
	}
}
