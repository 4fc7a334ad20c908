package io.agritrace.ui.internal.editors;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.TraceVerifier;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainException;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.internal.AgriTraceUiPlugin;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.chain.AnchoringJob;

/**
 * What the Batch editor's chain tab shows, read in a Job: the verdict of every
 * event of the trace, or why the chain could not be asked.
 *
 * @param verdicts    one per event, oldest first; empty when unavailable
 * @param unavailable why the chain could not be asked, or null
 */
record ChainVerdicts(List<Verification> verdicts, String unavailable) {

	static ChainVerdicts read(TraceStore store, String code) {
		AnchoringJob chain = AgriTraceUiPlugin.getDefault().anchoring().orElse(null);
		if (chain == null) {
			return new ChainVerdicts(List.of(), Messages.Verify_noChain);
		}
		try (AnchorLedger ledger = chain.openLedger()) {
			return new ChainVerdicts(new TraceVerifier(store, ledger).verify(code), null);
		} catch (ChainException e) {
			return new ChainVerdicts(List.of(), NLS.bind(Messages.Verify_unavailable, e.getMessage()));
		}
	}

	long count(Verification.State state) {
		return verdicts.stream().filter(v -> v.state() == state).count();
	}
}
