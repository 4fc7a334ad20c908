package io.agritrace.chain.ui.internal.editors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;
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
		try {
			AnchoringSession session = chain.session();
			return new ChainVerdicts(session.verify(code), holderName(store, session.holderOf(code)), null);
		} catch (ChainException e) {
			return new ChainVerdicts(List.of(), null, NLS.bind(Messages.Verify_unavailable, WorkbenchLanguage.text(e)));
		}
	}

	/** The holding party by name; its chain key in hex when it is not known here. */
	private static String holderName(TraceStore store, Optional<AnchoringSession.LotHolder> holder) {
		Locale language = WorkbenchLanguage.current();
		return holder.map(h -> h.party() == null ? h.chainKey() : store.masterData().partyName(h.party(), language))
				.orElse(null);
	}

	/** What the navigator marks the lot with. */
	LotVerdict outcome() {
		return unavailable == null ? LotVerdict.of(verdicts) : LotVerdict.INCOMPLETE;
	}

	long count(Verification.State state) {
		return verdicts.stream().filter(v -> v.state() == state).count();
	}
}
