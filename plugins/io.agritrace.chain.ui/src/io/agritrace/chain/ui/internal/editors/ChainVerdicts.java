package io.agritrace.chain.ui.internal.editors;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ui.internal.AnchoringJob;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.EventLabels;
import io.agritrace.service.LotStories;
import io.agritrace.service.LotStory;
import io.agritrace.service.LotVerdict;
import io.agritrace.service.Quantities;
import io.agritrace.service.StepNames;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * What the Batch editor's Chain tab shows, read in a Job: the verdict of every
 * event of the trace and the organisation that holds the lot on chain, or why
 * the chain could not be asked. The chain records handovers of whole lots
 * only, so once a lot is split (or part of it is on its way) the chain still
 * names its last whole holder: the page names who holds the lot now beside it
 * rather than contradict the lot's custody.
 *
 * @param verdicts    one per event, oldest first, with the event as the Events page names it; empty when unavailable
 * @param holder      the name of the organisation holding the lot on chain, or null
 * @param holdersNow  who holds some of the lot now as this database records it, each with the amount, by name
 * @param asOnChain   true when all that is left of the lot is with the chain's holder, at one place, none on its way
 * @param unavailable why the chain could not be asked, or null
 */
record ChainVerdicts(List<Row> verdicts, String holder, List<String> holdersNow, boolean asOnChain, String unavailable) {

	/**
	 * One event's verdict and the event as the Events page shows it; the
	 * texts are empty for an event this database does not have.
	 */
	record Row(Verification verdict, String step, String place, String time, String who) {
	}

	static ChainVerdicts read(TraceStore store, AnchoringJob chain, String code) {
		if (chain == null) {
			return new ChainVerdicts(List.of(), null, List.of(), false, Messages.Verify_noChain);
		}
		try {
			AnchoringSession session = chain.session();
			Optional<AnchoringSession.LotHolder> holder = session.holderOf(code);
			CustodyChain custody = store.holdings().lot(code);
			return new ChainVerdicts(rows(store, code, session.verify(code)), holderName(store, holder), holdersNow(store, code, custody),
					asOnChain(custody, code, holder), null);
		} catch (ChainException e) {
			return new ChainVerdicts(List.of(), null, List.of(), false, NLS.bind(Messages.Verify_unavailable, WorkbenchLanguage.text(e)));
		}
	}

	/** Each verdict beside its event's step, place, time and who, named as the Events page names them. */
	private static List<Row> rows(TraceStore store, String code, List<Verification> verdicts) {
		Locale language = WorkbenchLanguage.current();
		LotStory story = new LotStories(store).read(code, language);
		return verdicts.stream().map(v -> story.event(v.hashId())
				.map(e -> new Row(v, StepNames.of(e.bizStep(), language), story.name(EventLabels.place(e)), EventLabels.time(e),
						story.who(e)))
				.orElseGet(() -> new Row(v, "", "", "", ""))).toList(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The holding party by name; its chain key in hex when it is not known here. */
	private static String holderName(TraceStore store, Optional<AnchoringSession.LotHolder> holder) {
		Locale language = WorkbenchLanguage.current();
		return holder.map(h -> h.party() == null ? h.chainKey() : store.masterData().partyName(h.party(), language))
				.orElse(null);
	}

	/** Each organisation (or place, where no one is named) holding some of the lot now, with what it holds. */
	private static List<String> holdersNow(TraceStore store, String code, CustodyChain custody) {
		Locale language = WorkbenchLanguage.current();
		return custody.onHand(code).stream().map(stop -> {
			String who = stop.party() == null ? store.masterData().locationName(stop.location(), language)
					: store.masterData().partyName(stop.party(), language);
			return stop.held() == null ? who : NLS.bind(Messages.Verify_holdsAmount, who, Quantities.of(stop.held(), stop.uom(), language));
		}).toList();
	}

	private static boolean asOnChain(CustodyChain custody, String code, Optional<AnchoringSession.LotHolder> holder) {
		List<CustodyChain.Stop> onHand = custody.onHand(code);
		return holder.isPresent() && custody.transits().isEmpty() && onHand.size() == 1
				&& Objects.equals(onHand.get(0).party(), holder.get().party());
	}

	/** What the navigator marks the lot with. */
	LotVerdict outcome() {
		return unavailable == null ? LotVerdict.of(verdicts.stream().map(Row::verdict).toList()) : LotVerdict.INCOMPLETE;
	}

	long count(Verification.State state) {
		return verdicts.stream().filter(r -> r.verdict().state() == state).count();
	}
}
