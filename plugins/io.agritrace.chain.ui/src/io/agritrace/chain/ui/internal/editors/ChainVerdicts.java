package io.agritrace.chain.ui.internal.editors;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.TraceVerifier;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.ui.internal.AnchoringJob;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.service.LotVerdict;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * What the Batch editor's Chain tab shows, read in a Job: the verdict of every
 * event of the trace and the organisation that holds the lot on chain, or why
 * the chain could not be asked.
 *
 * @param verdicts    one per event, oldest first; empty when unavailable
 * @param holder      the name of the organisation holding the lot on chain, or null
 * @param unavailable why the chain could not be asked, or null
 */
record ChainVerdicts(List<Verification> verdicts, String holder, String unavailable) {

	static ChainVerdicts read(TraceStore store, AnchoringJob chain, String code) {
		if (chain == null) {
			return new ChainVerdicts(List.of(), null, Messages.Verify_noChain);
		}
		try (AnchorLedger ledger = chain.openLedger(); CustodyLedger custody = chain.openCustody()) {
			return new ChainVerdicts(new TraceVerifier(store, ledger).verify(code), holderName(store, custody.holder(code)),
					null);
		} catch (ChainException e) {
			return new ChainVerdicts(List.of(), null, NLS.bind(Messages.Verify_unavailable, e.getMessage()));
		}
	}

	/** The party whose chain key this is, by name; its key in hex when it is not known here. */
	private static String holderName(TraceStore store, ChainKey key) {
		if (key == null) {
			return null;
		}
		Locale language = WorkbenchLanguage.current();
		return store.masterData().parties().stream().filter(p -> ChainKey.of(p.uri()).equals(key))
				.map(p -> store.masterData().partyName(p.uri(), language)).findFirst()
				.orElse(key.toString());
	}

	/** What the navigator marks the lot with. */
	LotVerdict outcome() {
		if (count(Verification.State.MISMATCH) + count(Verification.State.NOT_IN_DATABASE) > 0) {
			return LotVerdict.MISMATCH;
		}
		return unavailable == null && !verdicts.isEmpty() && count(Verification.State.VERIFIED) == verdicts.size()
				? LotVerdict.ALL_VERIFIED : LotVerdict.INCOMPLETE;
	}

	long count(Verification.State state) {
		return verdicts.stream().filter(v -> v.state() == state).count();
	}
}
