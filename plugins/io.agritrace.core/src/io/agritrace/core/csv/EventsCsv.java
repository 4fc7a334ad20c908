package io.agritrace.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Gtin;
import io.agritrace.core.model.ValidationException;
import io.agritrace.core.text.Message;
import io.agritrace.core.text.Units;

/**
 * A day's shipments and receipts keyed in a spreadsheet, recognised by its
 * header line; each row becomes the event the Record Event wizard would make.
 *
 * <pre>
 * step,gtin,lot,quantity,unit,from_gln,from_site_gln,to_gln,to_site_gln,time
 * </pre>
 *
 * step: shipping or receiving (or 发运, 收货); the GLNs of the parties and
 * sites the lot goes from and to; unit: a UN/CEFACT code or its name (KGM when empty); time:
 * 2026-12-07 08:30 in the workspace's zone, or with its offset.
 */
public final class EventsCsv {

	/** A good row: its line in the file and its event. */
	public record Row(int line, EpcisEvent event) {
	}

	/**
	 * What the file held: its good rows and, per bad row, what is wrong.
	 *
	 * @param checkable the good rows whose custody rules can be judged although
	 *                  bad rows are left out: those after no bad row of the same
	 *                  lot, nor after a bad row whose lot cannot be told
	 */
	public record Result(List<Row> rows, List<RowError> errors, List<Row> checkable) {
	}

	public static final List<String> COLUMNS = List.of("step", "gtin", "lot", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"quantity", "unit", "from_gln", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"from_site_gln", "to_gln", "to_site_gln", "time"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Each column as errors name it, in words of the reader's language. */
	private static final Map<String, Texts> NAMES = Map.of("step", Texts.Column_step, //$NON-NLS-1$
			"gtin", Texts.Column_gtin, "lot", Texts.Column_lot, //$NON-NLS-1$ //$NON-NLS-2$
			"quantity", Texts.Column_quantity, "unit", Texts.Column_unit, //$NON-NLS-1$ //$NON-NLS-2$
			"from_gln", Texts.Column_fromGln, "from_site_gln", Texts.Column_fromSiteGln, //$NON-NLS-1$ //$NON-NLS-2$
			"to_gln", Texts.Column_toGln, "to_site_gln", Texts.Column_toSiteGln, //$NON-NLS-1$ //$NON-NLS-2$
			"time", Texts.Column_time); //$NON-NLS-1$
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm"); //$NON-NLS-1$

	private EventsCsv() {
	}

	/** Whether the file is a CSV whose header names the columns of shipments and receipts. */
	public static boolean is(Path file) throws IOException {
		if (!MasterDataCsv.isCsv(file)) {
			return false;
		}
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<String> header = CsvRows.next(in);
			return header != null && header(header).containsAll(COLUMNS);
		}
	}

	/** @param clock the workspace's zone, in which times without an offset are read */
	public static Result read(BufferedReader in, Clock clock) throws IOException {
		List<String> header = header(CsvRows.next(in));
		List<Row> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		List<Row> checkable = new ArrayList<>();
		// The lots of the bad rows so far; empty for one whose lot cannot be told, which may be any lot.
		Set<Optional<String>> unread = new HashSet<>();
		CsvRows.records(in, header, errors, (line, row) -> {
			Optional<String> lot = readableLot(row);
			try {
				Row good = new Row(line, event(row, clock));
				rows.add(good);
				if (!unread.contains(Optional.<String>empty()) && !unread.contains(lot)) {
					checkable.add(good);
				}
			} catch (ValidationException e) {
				unread.add(lot);
				throw e;
			}
		});
		return new Result(List.copyOf(rows), List.copyOf(errors), List.copyOf(checkable));
	}

	/** The header's names, without the byte order mark a spreadsheet program writes first. */
	private static List<String> header(List<String> header) {
		if (header == null || header.isEmpty()) {
			return List.of();
		}
		List<String> names = new ArrayList<>(header);
		names.set(0, names.get(0).replace(String.valueOf(CsvRows.BOM), "")); //$NON-NLS-1$
		return names;
	}

	private static EpcisEvent event(Map<String, String> row, Clock clock) {
		String step = required(row, "step"); //$NON-NLS-1$
		boolean shipping = step.equals("shipping") || step.equals("发运"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!shipping && !step.equals("receiving") && !step.equals("收货")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new ValidationException("step", step, Texts.EventsCsv_step.with(step)); //$NON-NLS-1$
		}
		String lot = lot(row);
		BigDecimal quantity = quantity(required(row, "quantity")); //$NON-NLS-1$
		String typedUnit = row.getOrDefault("unit", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		String unit = typedUnit.isEmpty() ? "KGM" //$NON-NLS-1$
				: Units.code(typedUnit).orElseThrow(() -> new ValidationException("unit", typedUnit, //$NON-NLS-1$
						Texts.EventsCsv_unit.with(typedUnit)));
		StepEvents.Handover handover = new StepEvents.Handover(Gln.partyUri(gln(row, "from_gln")), //$NON-NLS-1$
				Gln.locationUri(gln(row, "from_site_gln")), Gln.partyUri(gln(row, "to_gln")), //$NON-NLS-1$ //$NON-NLS-2$
				Gln.locationUri(gln(row, "to_site_gln"))); //$NON-NLS-1$
		OffsetDateTime time = time(required(row, "time"), clock); //$NON-NLS-1$
		return (shipping ? StepEvents.shipping(time, lot, quantity, unit, handover)
				: StepEvents.receiving(time, lot, quantity, unit, handover)).build();
	}

	private static String lot(Map<String, String> row) {
		String gtin = Gtin.parse("gtin", name("gtin"), required(row, "gtin")).toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return Identifiers.lot(gtin, required(row, "lot")); //$NON-NLS-1$
	}

	/** The row's lot, when its product and lot number can be read. */
	private static Optional<String> readableLot(Map<String, String> row) {
		try {
			return Optional.of(lot(row));
		} catch (ValidationException e) {
			return Optional.empty();
		}
	}

	private static String required(Map<String, String> row, String column) {
		String value = row.getOrDefault(column, "").strip(); //$NON-NLS-1$
		if (value.isEmpty()) {
			throw new ValidationException(column, value, Texts.Csv_required.with(name(column)));
		}
		return value;
	}

	private static String gln(Map<String, String> row, String column) {
		return Gln.validate(column, name(column), required(row, column));
	}

	private static Message name(String column) {
		return NAMES.get(column).with();
	}

	private static BigDecimal quantity(String text) {
		try {
			BigDecimal quantity = new BigDecimal(text);
			if (quantity.signum() > 0) {
				return quantity;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new ValidationException("quantity", text, Texts.EventsCsv_quantity.with(text)); //$NON-NLS-1$
	}

	private static OffsetDateTime time(String text, Clock clock) {
		try {
			return OffsetDateTime.parse(text);
		} catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text, LOCAL).atZone(clock.getZone()).toOffsetDateTime();
			} catch (DateTimeParseException e) {
				throw new ValidationException("time", text, Texts.EventsCsv_time.with(text)); //$NON-NLS-1$
			}
		}
	}
}
