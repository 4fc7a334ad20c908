package io.agritrace.core.trace;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sensor report along a trace, e.g. a truck's temperature.
 *
 * @param time     when it was measured
 * @param type     GS1 measurement type, e.g. "Temperature"
 * @param value    the value
 * @param uom      UN/ECE unit, e.g. CEL
 * @param location where the event that carried it happened
 */
public record SensorReading(Instant time, String type, BigDecimal value, String uom, String location) {
}
