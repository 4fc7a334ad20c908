package io.agritrace.core.model;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One custody fact about a batch, in EPCIS terms an ObjectEvent on a class-level
 * identifier: what (batch), when (time + offset), where (business location), why
 * (CBV business step). The full EPCIS dimensions come with the core issue.
 *
 * @param batchCode   Digital Link of the batch
 * @param eventTime   when it happened
 * @param timeZone    the offset the event was recorded in
 * @param bizStep     CBV 2.0 business step, e.g. {@code shipping}, or our own
 *                    farm step such as {@code harvesting}
 * @param bizLocation GB/T 2260 division code or GLN of where it happened
 */
public record CustodyEvent(String batchCode, Instant eventTime, ZoneOffset timeZone, String bizStep,
		String bizLocation) {
}
