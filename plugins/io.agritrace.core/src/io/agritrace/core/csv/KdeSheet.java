package io.agritrace.core.csv;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;

/**
 * The key data elements of a trace as the spreadsheet a regulator asks for
 * within 24 hours: one row per lot an event names, in time order, with names
 * in the reader's language. UTF-8 with a byte order mark, so that spreadsheet
 * programs show Chinese; RFC 4180 quoting.
 */
public final class KdeSheet {

	/** What the rows name, looked up where the data lives. */
	public interface Lookups {
		String party(String uri);

		String location(String uri);

		/** The product's name, or "" when the lot's product is unknown. */
		String product(String lot);

		/** The block that anchors the event, or null while it is not anchored. */
		Long anchorBlock(EventHashId event);
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx"); //$NON-NLS-1$

	private KdeSheet() {
	}

	/** Writes the header in the language asked for and a row per lot of each event; returns the number of rows. */
	public static int write(Writer out, List<EpcisEvent> events, Lookups lookups, Locale language) throws IOException {
		out.write(CsvRows.BOM);
		CsvRows.write(out, Stream.of(Texts.Kde_time, Texts.Kde_step, Texts.Kde_lot, Texts.Kde_product, Texts.Kde_quantity,
				Texts.Kde_unit, Texts.Kde_from, Texts.Kde_to, Texts.Kde_location, Texts.Kde_inspection, Texts.Kde_hashId,
				Texts.Kde_block).map(header -> header.text(language)).toList());
		int rows = 0;
		for (EpcisEvent e : events) {
			for (QuantityElement q : lots(e)) {
				CsvRows.write(out, row(e, q, lookups));
				rows++;
			}
		}
		out.flush();
		return rows;
	}

	private static List<QuantityElement> lots(EpcisEvent e) {
		List<QuantityElement> lots = new ArrayList<>(e.quantities());
		lots.addAll(e.inputQuantities());
		lots.addAll(e.outputQuantities());
		lots.addAll(e.childQuantities());
		return lots;
	}

	private static List<String> row(EpcisEvent e, QuantityElement q, Lookups lookups) {
		String from = e.source(PartyRef.POSSESSING_PARTY);
		String to = e.destination(PartyRef.POSSESSING_PARTY);
		String place = e.bizLocation() != null ? e.bizLocation() : e.readPoint();
		Long block = lookups.anchorBlock(e.hashId());
		return List.of(TIME.format(e.eventTime().atOffset(e.timeZone())), text(e.bizStep()),
				Identifiers.lotNumber(q.epcClass()).orElse(q.epcClass()), lookups.product(q.epcClass()),
				q.quantity().toPlainString(), text(q.uom()), from == null ? "" : lookups.party(from), //$NON-NLS-1$
				to == null ? "" : lookups.party(to), place == null ? "" : lookups.location(place), //$NON-NLS-1$ //$NON-NLS-2$
				BizSteps.INSPECTING.equals(e.bizStep()) ? text(e.disposition()) : "", e.hashId().toString(), //$NON-NLS-1$
				block == null ? "" : block.toString()); //$NON-NLS-1$
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
