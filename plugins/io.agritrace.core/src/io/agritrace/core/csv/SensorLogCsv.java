package io.agritrace.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.model.ValidationException;

/**
 * A data logger's export, {@code time,temperature,humidity} (°C and % relative
 * humidity; humidity may be empty), read into the readings an event carries in
 * its sensorElementList.
 */
public final class SensorLogCsv {

	/** The header a data-logger file starts with. */
	public static final List<String> HEADER = List.of("time", "temperature", "humidity"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** One row: a time, a temperature and, when the logger has one, the relative humidity (or null). */
	public record Reading(OffsetDateTime time, BigDecimal temperature, BigDecimal humidity) {

		/** Adds this reading to an event: GS1 sensor types Temperature (CEL) and RelativeHumidity (P1, percent). */
		public EventBuilder addTo(EventBuilder event) {
			event.sensor(time, "Temperature", temperature, "CEL"); //$NON-NLS-1$ //$NON-NLS-2$
			return humidity == null ? event : event.sensor(time, "RelativeHumidity", humidity, "P1"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private SensorLogCsv() {
	}

	/**
	 * Reads every row; a time without an offset is in {@code zone}.
	 *
	 * @throws ValidationException for the first row that is wrong, naming its line and column
	 */
	public static List<Reading> read(BufferedReader in, ZoneId zone) throws IOException {
		List<String> header = CsvRows.next(in);
		if (header == null
				|| !header.stream().map(h -> h.replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList() //$NON-NLS-1$ //$NON-NLS-2$
						.equals(HEADER)) {
			throw new ValidationException("header", String.valueOf(header), //$NON-NLS-1$
					Texts.SensorCsv_header.with(String.join(",", HEADER))); //$NON-NLS-1$
		}
		List<Reading> readings = new ArrayList<>();
		int line = 1;
		for (List<String> row = CsvRows.next(in); row != null; row = CsvRows.next(in)) {
			line++;
			if (row.size() == 1 && row.get(0).isEmpty()) {
				continue;
			}
			try {
				readings.add(new Reading(time(column(row, 0), zone), number(column(row, 1), HEADER.get(1)),
						column(row, 2).isEmpty() ? null : number(column(row, 2), HEADER.get(2))));
			} catch (ValidationException e) {
				throw new ValidationException(e.field(), e.value(), Texts.Csv_row.with(line, e.message()));
			}
		}
		if (readings.isEmpty()) {
			throw new ValidationException("time", "", Texts.SensorCsv_empty.with()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return readings;
	}

	private static String column(List<String> row, int index) {
		String value = index < row.size() ? row.get(index) : ""; //$NON-NLS-1$
		if (value.isEmpty() && index < 2) {
			throw new ValidationException(HEADER.get(index), value, Texts.Csv_required.with(HEADER.get(index)));
		}
		return value;
	}

	private static OffsetDateTime time(String text, ZoneId zone) {
		try {
			return OffsetDateTime.parse(text);
		} catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toOffsetDateTime();
			} catch (DateTimeParseException e) {
				throw new ValidationException(HEADER.get(0), text, Texts.SensorCsv_notTime.with(text));
			}
		}
	}

	private static BigDecimal number(String text, String column) {
		try {
			return new BigDecimal(text);
		} catch (NumberFormatException e) {
			throw new ValidationException(column, text, Texts.SensorCsv_notNumber.with(column, text));
		}
	}
}
