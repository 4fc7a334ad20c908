package io.agritrace.core.csv;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.PartyRef;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.text.Times;

/**
 * The key data elements of a trace as the spreadsheet a regulator asks for
 * within 24 hours: one row per lot an event names, in time order, with names
 * in the reader's language, steps and units too. UTF-8 with a byte order mark, so that spreadsheet
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

		/** A step (by its short name) or an inspection's result as the reader calls it. */
		String step(String value);

		/** A UN/ECE unit code (KGM …) as the reader calls the unit. */
		String unit(String code);
	}

	private KdeSheet() {
	}

	/**
	 * Writes the header in the language asked for and a row per lot of each
	 * event; returns the number of rows. Each time is in its event's offset, which
	 * is written where it is not the workspace's zone's: the clock's, which the
	 * header names as it is called now.
	 */
	public static int write(Writer out, List<EpcisEvent> events, Lookups lookups, Clock clock, Locale language)
			throws IOException {
		ZoneId zone = clock.getZone();
		String zoneName = Times.zone(zone, clock.instant(), language);
		out.write(CsvRows.BOM);
		CsvRows.write(out, Stream.of(Texts.Kde_time, Texts.Kde_step, Texts.Kde_lot, Texts.Kde_product, Texts.Kde_quantity,
				Texts.Kde_unit, Texts.Kde_from, Texts.Kde_to, Texts.Kde_location, Texts.Kde_inspection, Texts.Kde_hashId,
				Texts.Kde_block).map(header -> header.text(language, zoneName)).toList());
		int rows = 0;
		for (EpcisEvent e : events) {
			for (QuantityElement q : lots(e)) {
				CsvRows.write(out, row(e, q, lookups, zone));
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

	private static List<String> row(EpcisEvent e, QuantityElement q, Lookups lookups, ZoneId zone) {
		String from = e.source(PartyRef.POSSESSING_PARTY);
		String to = e.destination(PartyRef.POSSESSING_PARTY);
		String place = e.bizLocation() != null ? e.bizLocation() : e.readPoint();
		Long block = lookups.anchorBlock(e.hashId());
		return List.of(Times.format(e.eventTime().atOffset(e.timeZone()), zone), named(e.bizStep(), lookups::step),
				Identifiers.lotNumber(q.epcClass()).orElse(q.epcClass()), lookups.product(q.epcClass()),
				q.quantity().toPlainString(), named(q.uom(), lookups::unit), from == null ? "" : lookups.party(from), //$NON-NLS-1$
				to == null ? "" : lookups.party(to), place == null ? "" : lookups.location(place), //$NON-NLS-1$ //$NON-NLS-2$
				BizSteps.INSPECTING.equals(e.bizStep()) ? named(e.disposition(), lookups::step) : "", //$NON-NLS-1$
				e.hashId().toString(), block == null ? "" : block.toString()); //$NON-NLS-1$
	}

	private static String named(String code, UnaryOperator<String> name) {
		return code == null ? "" : name.apply(code); //$NON-NLS-1$
	}
}
