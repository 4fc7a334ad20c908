package io.agritrace.core.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.RecallImpact;

/**
 * A recall's recipients as the sortable spreadsheet a regulator asks for: one
 * row per lot and place, with the holder's telephone, the kilograms that came
 * there and the kilograms still there. UTF-8 with a byte order mark; RFC 4180.
 */
public final class RecallSheet {

	/** What the rows name, looked up where the data lives. */
	public interface Lookups {
		String party(String uri);

		/** The party's telephone number, or "" when none is registered. */
		String contact(String uri);

		String location(String uri);

		/** The product's name, or "" when the lot's product is unknown. */
		String product(String lot);

		/** A UN/ECE unit code (H87 …) as the reader calls the unit. */
		String unit(String code);
	}

	private RecallSheet() {
	}

	/**
	 * Writes the header and a row per recipient, in the language asked for;
	 * returns the number of rows. Times are in the workspace's zone, the clock's,
	 * which the header names as it is called now.
	 */
	public static int write(Writer out, RecallImpact recall, Lookups lookups, Clock clock, Locale language)
			throws IOException {
		ZoneId zone = clock.getZone();
		String zoneName = Times.zone(zone, clock.instant(), language);
		out.write(CsvRows.BOM);
		CsvRows.write(out, Stream.of(Texts.Recall_party, Texts.Recall_contact, Texts.Recall_place, Texts.Recall_product,
				Texts.Recall_lot, Texts.Recall_how, Texts.Recall_arrived, Texts.Recall_received, Texts.Recall_held,
				Texts.Recall_quantity, Texts.Recall_identifier).map(header -> header.text(language, zoneName)).toList());
		for (RecallImpact.Recipient r : recall.recipients()) {
			boolean mass = r.receivedKg() != null;
			CsvRows.write(out, List.of(r.party() == null ? "" : lookups.party(r.party()), //$NON-NLS-1$
					r.party() == null ? "" : lookups.contact(r.party()), //$NON-NLS-1$
					r.location() == null ? "" : lookups.location(r.location()), //$NON-NLS-1$
					lookups.product(r.item()), Identifiers.lotNumber(r.item()).orElse(r.item()),
					r.how().label(language),
					Times.format(r.arrived(), zone), plain(r.receivedKg()), plain(r.heldKg()),
					mass ? "" : quantity(r, lookups), r.item())); //$NON-NLS-1$
		}
		out.flush();
		return recall.recipients().size();
	}

	/** "12 件" for a count of pieces. */
	private static String quantity(RecallImpact.Recipient r, Lookups lookups) {
		return r.received() == null ? "" //$NON-NLS-1$
				: plain(r.received()) + (r.uom() == null ? "" : " " + lookups.unit(r.uom())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString(); //$NON-NLS-1$
	}
}
