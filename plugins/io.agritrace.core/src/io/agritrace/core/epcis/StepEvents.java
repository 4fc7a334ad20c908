package io.agritrace.core.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The events of AgriTrace's business steps as EPCIS says them, so that the
 * workbench, the CLI and the demo record a step the same way.
 */
public final class StepEvents {

	private StepEvents() {
	}

	/**
	 * A lot comes into being on its plot: an ObjectEvent ADD of its quantity,
	 * business step harvesting, disposition active.
	 */
	public static EventBuilder harvest(OffsetDateTime time, String lot, BigDecimal quantity, String uom, String plot) {
		return EventBuilder.event(EventType.ObjectEvent, time).action("ADD").bizStep(BizSteps.HARVESTING) //$NON-NLS-1$
				.disposition("active").readPoint(plot).bizLocation(plot).quantity(lot, quantity, uom); //$NON-NLS-1$
	}
}
