package io.agritrace.service;

import java.util.List;

import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;

/**
 * What the guided scenario asks of the chain between its steps: the CLI
 * answers through its own anchoring session, the workbench through its
 * anchoring Job's.
 */
public interface ScenarioChain {

	/** Sends what was stored to the chain; returns how many records were anchored. */
	int anchor() throws ChainException;

	/** Every record of a lot's trace against its anchor. */
	List<Verification> verify(String lot) throws ChainException;
}
