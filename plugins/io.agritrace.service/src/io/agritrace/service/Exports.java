package io.agritrace.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.csv.KdeSheet;
import io.agritrace.core.csv.RecallSheet;
import io.agritrace.core.epcis.EpcisDocumentWriter;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.Trace;
import io.agritrace.store.TraceStore;

/**
 * Every format AgriTrace writes, one entry point for every front end: a lot's
 * whole trace as an EPCIS 2.0 JSON-LD document that re-imports to the same
 * hash IDs, as the regulator's spreadsheet of key data elements or as JSON for
 * scripts; a recall's list of recipients as a spreadsheet; credit profiles as
 * JSON.
 */
public final class Exports {

	/** Thrown when the caller cancelled an export; what was written is incomplete. */
	public static final class ExportCancelledException extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	private final TraceStore store;

	public Exports(TraceStore store) {
		this.store = store;
	}

	/**
	 * Writes the trace of a canonical identifier as an EPCIS 2.0 document; the
	 * stream stays open. Returns the number of events.
	 *
	 * @param cancelled polled between events
	 */
	public int epcis(String item, OutputStream out, BooleanSupplier cancelled) throws IOException {
		List<EpcisEvent> events = store.traces().trace(item).all().events();
		Map<String, String> prefixes = new HashMap<>();
		events.forEach(e -> prefixes.putAll(e.context().declared()));
		try (EpcisDocumentWriter writer = new EpcisDocumentWriter(unclosed(out), prefixes, Instant.now())) {
			for (EpcisEvent e : events) {
				if (cancelled.getAsBoolean()) {
					throw new ExportCancelledException();
				}
				writer.write(e);
			}
		}
		return events.size();
	}

	/**
	 * Writes the key data elements of the trace as CSV (UTF-8 with a byte order
	 * mark), names in the language asked for and times as {@link Times} writes
	 * them in the workspace's zone; the stream stays open. Returns the number of rows.
	 */
	public int spreadsheet(String item, OutputStream out, Locale language) throws IOException {
		List<EpcisEvent> events = store.traces().trace(item).all().events();
		return KdeSheet.write(new OutputStreamWriter(out, StandardCharsets.UTF_8), events, new Lookups(language),
				store.clock(), language);
	}

	/**
	 * Writes the recall of a canonical identifier, every recipient, as CSV
	 * (UTF-8 with a byte order mark), with names in the language asked for and
	 * times in the workspace's zone; the stream stays open. Returns the number of rows.
	 */
	public int recall(String item, OutputStream out, Locale language) throws IOException {
		return RecallSheet.write(new OutputStreamWriter(out, StandardCharsets.UTF_8), store.traces().recall(item),
				new Lookups(language), store.clock(), language);
	}

	/**
	 * What the sheets name, read from the store. A trace names few parties,
	 * places and products, and an event has a row per lot: each is read once.
	 */
	private final class Lookups implements KdeSheet.Lookups, RecallSheet.Lookups {
		private final Locale language;
		private final Map<String, String> names = new HashMap<>();
		private final Map<EventHashId, Optional<Long>> blocks = new HashMap<>();

		Lookups(Locale language) {
			this.language = language;
		}

		@Override
		public String party(String uri) {
			return names.computeIfAbsent(uri, p -> store.masterData().partyName(p, language));
		}

		@Override
		public String contact(String uri) {
			return store.masterData().contact(uri).orElse(""); //$NON-NLS-1$
		}

		@Override
		public String location(String uri) {
			return names.computeIfAbsent(uri, l -> store.masterData().locationName(l, language));
		}

		@Override
		public String product(String lot) {
			return Identifiers.gtin(lot).map(gtin -> names.computeIfAbsent(gtin,
					g -> store.masterData().productName(g, language).orElse(""))).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
		}

		@Override
		public Long anchorBlock(EventHashId event) {
			return blocks.computeIfAbsent(event, e -> Optional.ofNullable(store.outbox().block(e))).orElse(null);
		}

		@Override
		public String step(String value) {
			return StepNames.of(value, language);
		}

		@Override
		public String unit(String code) {
			return Quantities.unitName(code, language);
		}
	}

	/**
	 * A trace as JSON, for scripts: lineage, events, custody, sensors, and
	 * warnings with their codes and their texts in the language asked for.
	 */
	public String traceJson(Trace trace, Locale language) {
		return TraceJson.of(trace, language);
	}

	/** Every organisation's profile, best first, as JSON. */
	public String creditJson(List<CreditProfile> ranking) {
		return CreditJson.ranking(ranking);
	}

	/** One organisation's profile with its indicators and its months, as JSON. */
	public String creditJson(CreditReports.Report report) {
		return CreditJson.of(report.profile(), report.months());
	}

	/** The caller's stream stays open after a writer closes: standard output, say. */
	private static OutputStream unclosed(OutputStream out) {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				out.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				out.flush();
			}
		};
	}
}
