package io.agritrace.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.store.internal.SqlCustodyState;
import io.agritrace.store.internal.Transactions;

/**
 * What can be recorded about next: the lots that still exist, with who holds
 * them and where, and the shipments that wait for their receipt. The Record
 * Event wizard offers these.
 */
public final class HoldingsRepository {

	/**
	 * A lot that was neither used up nor destroyed.
	 *
	 * @param item     the lot's Digital Link
	 * @param quantity what was created of it less what transformations used
	 * @param holder   the party that last received it, or null when it never moved
	 * @param place    the business location of its latest event that has one, or null
	 */
	public record Lot(String item, BigDecimal quantity, String uom, String holder, String place) {
	}

	/** A shipment of a lot that no receipt at its destination has followed yet. */
	public record Shipment(EventHashId hashId, Instant time, String lot, BigDecimal quantity, String uom,
			StepEvents.Handover handover) {
	}

	private static final String ITEM_EVENTS = SqlCustodyState.ITEM_EVENTS;
	private static final String LATEST = "ORDER BY e.event_time DESC, e.id DESC LIMIT 1) "; //$NON-NLS-1$

	private final Transactions transactions;

	HoldingsRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/** Lots (GS1 lot Digital Links) of which some quantity exists, in identifier order. */
	public List<Lot> lots() {
		return lots(null);
	}

	/** The lot with this Digital Link, while some of it exists: who holds how much where. */
	public Optional<Lot> lot(String item) {
		return lots(item).stream().findFirst();
	}

	/** All lots on hand, or only {@code item} when it is not null. */
	private List<Lot> lots(String item) {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT a.item, a.created - a.consumed, a.uom, " //$NON-NLS-1$
					+ "(SELECT e.dest_party " + ITEM_EVENTS + "WHERE i.item = a.item AND e.biz_step = '" //$NON-NLS-1$ //$NON-NLS-2$
					+ BizSteps.RECEIVING + "' AND e.dest_party IS NOT NULL " + LATEST + ", " //$NON-NLS-1$ //$NON-NLS-2$
					+ "(SELECT e.biz_location " + ITEM_EVENTS //$NON-NLS-1$
					+ "WHERE i.item = a.item AND e.biz_location IS NOT NULL " + LATEST //$NON-NLS-1$
					+ "FROM (SELECT i.item, MIN(i.uom) uom, " //$NON-NLS-1$
					+ "COALESCE(SUM(CASE WHEN i.role = 'output' OR (i.role = 'quantity' AND e.action = 'ADD' " //$NON-NLS-1$
					+ "AND e.event_type = 'ObjectEvent') THEN i.quantity END), 0) created, " //$NON-NLS-1$
					+ "COALESCE(SUM(CASE WHEN i.role = 'input' THEN i.quantity END), 0) consumed, " //$NON-NLS-1$
					+ "COALESCE(BOOL_OR(e.disposition = 'destroyed'), FALSE) destroyed " + ITEM_EVENTS //$NON-NLS-1$
					// One lot is read through the item index; "? IS NULL OR" would scan every item.
					+ "WHERE i.item LIKE 'https://id.gs1.org/01/%/10/%' " + (item == null ? "" : "AND i.item = ? ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "GROUP BY i.item) a WHERE a.created > a.consumed AND NOT a.destroyed ORDER BY a.item")) { //$NON-NLS-1$
				if (item != null) {
					p.setString(1, item);
				}
				try (ResultSet r = p.executeQuery()) {
					List<Lot> lots = new ArrayList<>();
					while (r.next()) {
						lots.add(new Lot(r.getString(1), plain(r.getBigDecimal(2)), r.getString(3),
								r.getString(4), r.getString(5)));
					}
					return lots;
				}
			}
		});
	}

	/** Shipments, oldest first, whose lot has not been received at their destination since. */
	public List<Shipment> awaitingReceipt() {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT e.hash_id, e.event_time, i.item, i.quantity, i.uom, " //$NON-NLS-1$
					+ "e.source_party, e.read_point, e.dest_party, e.dest_location " + ITEM_EVENTS //$NON-NLS-1$
					+ "WHERE e.biz_step = '" + BizSteps.SHIPPING + "' AND i.role = 'quantity' " //$NON-NLS-1$ //$NON-NLS-2$
					+ "AND e.dest_party IS NOT NULL AND e.dest_location IS NOT NULL " //$NON-NLS-1$
					+ "AND NOT EXISTS (SELECT 1 FROM event_item i2 JOIN epcis_event e2 ON e2.id = i2.event_id " //$NON-NLS-1$
					+ "WHERE i2.item = i.item AND e2.biz_step = '" + BizSteps.RECEIVING //$NON-NLS-1$
					+ "' AND e2.biz_location = e.dest_location AND e2.event_time >= e.event_time " //$NON-NLS-1$
					+ "AND e2.error_declaration IS NULL) " //$NON-NLS-1$
					+ "ORDER BY e.event_time, e.id"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				List<Shipment> shipments = new ArrayList<>();
				while (r.next()) {
					shipments.add(new Shipment(EventHashId.ofDigest(r.getBytes(1)),
							r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3),
							plain(r.getBigDecimal(4)), r.getString(5), new StepEvents.Handover(
									r.getString(6), r.getString(7), r.getString(8), r.getString(9))));
				}
				return shipments;
			}
		});
	}

	/** 1000 for 1000.000000 (not 1E+3): the column keeps six decimals. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
