package io.agritrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.agritrace.core.model.CustodyEvent;
import io.agritrace.store.internal.Transactions;

/** Custody events in the database. */
public final class EventRepository {

	private final Transactions transactions;

	EventRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/** Saves all events in one transaction: all of them or, on any error, none. */
	public void saveAll(Collection<CustodyEvent> events) {
		transactions.run(c -> insert(c, events));
	}

	static void insert(Connection c, Collection<CustodyEvent> events) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO custody_event(batch_code, event_time, biz_step, biz_location) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
			for (CustodyEvent e : events) {
				p.setString(1, e.batchCode());
				p.setObject(2, e.eventTime().atOffset(e.timeZone()));
				p.setString(3, e.bizStep());
				p.setString(4, e.bizLocation());
				p.addBatch();
			}
			p.executeBatch();
		}
	}

	/** A batch's events in time order. */
	public List<CustodyEvent> forBatch(String batchCode) {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT event_time, biz_step, biz_location FROM custody_event " //$NON-NLS-1$
					+ "WHERE batch_code = ? ORDER BY event_time, id")) { //$NON-NLS-1$
				p.setString(1, batchCode);
				try (ResultSet r = p.executeQuery()) {
					List<CustodyEvent> result = new ArrayList<>();
					while (r.next()) {
						OffsetDateTime time = r.getObject(1, OffsetDateTime.class);
						result.add(new CustodyEvent(batchCode, time.toInstant(), time.getOffset(), r.getString(2),
								r.getString(3)));
					}
					return result;
				}
			}
		});
	}

	/** How many events a batch had on each local day (in each event's own offset). */
	public Map<LocalDate, Integer> countPerDay(String batchCode) {
		Map<LocalDate, Integer> perDay = new TreeMap<>();
		for (CustodyEvent e : forBatch(batchCode)) {
			perDay.merge(e.eventTime().atOffset(e.timeZone()).toLocalDate(), 1, Integer::sum);
		}
		return perDay;
	}
}
