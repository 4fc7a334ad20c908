package io.agritrace.core.trace;

import java.util.List;
import java.util.Map;

import io.agritrace.core.epcis.EventHashId;

/**
 * Everything known about one identifier's history.
 *
 * @param root       the identifier traced (canonical)
 * @param upstream   what it was made from, back to the farm
 * @param downstream everything made from it
 * @param own        the events about the root itself: its sensors
 * @param all        the events about every identifier in the trace
 * @param findings   what is wrong, with codes: rule warnings of imported events, the events
 *                   declared erroneous, temperature excursions and implausible yields
 * @param corrected  the events of the trace declared erroneous, with the CBV reason of each;
 *                   they stay in the timelines, and their corrective events are there too
 * @param operators  who runs each registered place: the holder there where the events name none
 */
public record Trace(String root, Lineage upstream, Lineage downstream, Timeline own, Timeline all,
		List<Finding> findings, Map<EventHashId, String> corrected, Map<String, String> operators) {

	/** The custody of the root alone: where it is, who holds how much of it. */
	public CustodyChain custody() {
		return CustodyChain.of(this, List.of(root));
	}
}
