package io.agritrace.service;

import java.util.List;

import io.agritrace.anchor.AnchoringRound;
import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;

/**
 * What the guided scenario asks of the chain between its steps: the CLI
 * answers through its own anchoring session, the workbench through its
 * anchoring Job's.
 */
public interface ScenarioChain {

	/**
	 * The scenario's chain on an anchoring session: each step's records go out
	 * in one anchoring round. Use it inside the session's publisher lock.
	 */
	static ScenarioChain of(AnchoringSession session) {
		AnchoringRound round = new AnchoringRound(session, Integer.MAX_VALUE);
		return new ScenarioChain() {
			@Override
			public int anchor() throws ChainException {
				return round.run(() -> false).published().anchored();
			}

			@Override
			public List<Verification> verify(String lot) throws ChainException {
				return session.verify(lot);
			}
		};
	}

	/** Sends what was stored to the chain; returns how many records this call anchored (a Job may have sent others). */
	int anchor() throws ChainException;

	/** Every record of a lot's trace against its anchor. */
	List<Verification> verify(String lot) throws ChainException;
}
