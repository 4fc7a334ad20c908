package io.agritrace.ui;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.PlatformUI;

import io.agritrace.service.LotVerdict;

/**
 * Event broker topics on which Jobs say that the workspace store changed;
 * views subscribe to refresh. The event's {@link IEventBroker#DATA} is the lot
 * concerned, or the workspace's path when many are.
 */
public final class StoreTopics {

	/** Every store topic, to subscribe to all. */
	public static final String ALL = "io/agritrace/store/*"; //$NON-NLS-1$
	/** Batches were registered (the demo data set, a harvest). */
	public static final String BATCHES = "io/agritrace/store/BATCHES"; //$NON-NLS-1$
	/** Parties, locations or products were registered. */
	public static final String MASTER_DATA = "io/agritrace/store/MASTER_DATA"; //$NON-NLS-1$
	/** Events were stored (recorded, imported). */
	public static final String EVENTS = "io/agritrace/store/EVENTS"; //$NON-NLS-1$
	/** Events changed their anchor state (submitted, anchored, failed). */
	public static final String ANCHORS = "io/agritrace/store/ANCHORS"; //$NON-NLS-1$
	/** The whole store was verified against the chain; each event's verdict is kept in the store. */
	public static final String VERDICTS = "io/agritrace/store/VERDICTS"; //$NON-NLS-1$
	/** A mock-recall drill was logged; the data is the store's {@code RecallDrillRepository.Drill}. */
	public static final String DRILLS = "io/agritrace/store/DRILLS"; //$NON-NLS-1$
	/** A lot's trace was verified against the chain; the data is a {@link Verified}. */
	public static final String VERIFIED = "io/agritrace/store/VERIFIED"; //$NON-NLS-1$

	/** What verifying a lot's trace against the chain found. */
	public record Verified(String lot, LotVerdict outcome) {
	}

	private StoreTopics() {
	}

	/** Posts {@code topic} asynchronously from any thread; subscribers hear it on their own terms. */
	public static void post(String topic, Object data) {
		PlatformUI.getWorkbench().getService(IEventBroker.class).post(topic, data);
	}
}
