package io.agritrace.chain.ui.internal.scenario;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.PublisherLock;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.service.LotVerdict;
import io.agritrace.service.ScenarioChain;
import io.agritrace.ui.StoreTopics;

/**
 * The guided scenario's chain in the workbench: the anchoring Job's session,
 * which anchors a step's records at once (waiting for the Job if it is
 * publishing) and verifies; the views hear of both on the store's topics.
 */
final class WorkbenchScenarioChain implements ScenarioChain {

	/** How long a step waits for the anchoring Job to finish its run. */
	private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

	private final ChainService chain;

	WorkbenchScenarioChain(ChainService chain) {
		this.chain = chain;
	}

	@Override
	public int anchor() throws ChainException {
		StoreTopics.post(StoreTopics.BATCHES, 1);
		StoreTopics.post(StoreTopics.EVENTS, 1);
		AnchoringSession session = session();
		try (PublisherLock lock = session.lock(Messages.Scenario_ready, LOCK_WAIT, () -> false)) {
			int anchored = ScenarioChain.of(session).anchor();
			StoreTopics.post(StoreTopics.ANCHORS, anchored);
			return anchored;
		} catch (IOException | PublisherLock.HeldException e) {
			throw new ChainException(e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ChainException(e.getMessage(), e);
		}
	}

	@Override
	public List<Verification> verify(String lot) throws ChainException {
		List<Verification> verdicts = session().verify(lot);
		StoreTopics.post(StoreTopics.VERIFIED, new StoreTopics.Verified(lot, LotVerdict.of(verdicts)));
		return verdicts;
	}

	private AnchoringSession session() throws ChainException {
		return chain.anchoring().orElseThrow(() -> new ChainException(Messages.Verify_noChain)).session();
	}
}
