package io.agritrace.core.trace;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.agritrace.core.epcis.EpcisEvent;

/**
 * The ordered events of a trace, and the sensor readings they carry.
 *
 * @param events the events, oldest first
 */
public record Timeline(List<EpcisEvent> events) {

	public Timeline {
		events = events.stream().sorted(Comparator.comparing(EpcisEvent::eventTime)).toList();
	}

	/** Every sensor report in the events, in time order. */
	public List<SensorReading> sensors() {
		List<SensorReading> readings = new ArrayList<>();
		for (EpcisEvent e : events) {
			String where = e.bizLocation() != null ? e.bizLocation() : e.readPoint();
			for (JsonNode element : e.json().path("sensorElementList")) { //$NON-NLS-1$
				Instant time = time(element.path("sensorMetadata").path("time").asText(null), e.eventTime()); //$NON-NLS-1$ //$NON-NLS-2$
				for (JsonNode report : element.path("sensorReport")) { //$NON-NLS-1$
					JsonNode value = report.get("value"); //$NON-NLS-1$
					if (value != null && value.isNumber()) {
						readings.add(new SensorReading(time, shortType(report.path("type").asText()), //$NON-NLS-1$
								value.decimalValue(), report.path("uom").asText(null), where)); //$NON-NLS-1$
					}
				}
			}
		}
		readings.sort(Comparator.comparing(SensorReading::time));
		return readings;
	}

	private static Instant time(String text, Instant fallback) {
		if (text == null) {
			return fallback;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeParseException e) {
			return fallback;
		}
	}

	/** "Temperature" for gs1:Temperature or https://gs1.org/voc/Temperature. */
	private static String shortType(String type) {
		int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
		return type.substring(cut + 1);
	}
}
