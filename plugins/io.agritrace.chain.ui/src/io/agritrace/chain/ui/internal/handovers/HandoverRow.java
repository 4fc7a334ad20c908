package io.agritrace.chain.ui.internal.handovers;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.Handovers;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.service.Naming;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * A handover as the Pending Handovers view shows it: the batch and the two
 * organisations by the names this workspace's store gives them, or by their
 * chain keys when it does not know them.
 */
public record HandoverRow(Handovers.Handover handover, String batch, String from, String to) {

	/** Keys shown this long: enough to tell them apart, short enough for a column. */
	private static final int KEY_CHARS = 12;

	/** True for a proposal waiting for this workspace's accept or reject. */
	public boolean awaitsAnswer() {
		return handover.awaitsAnswer();
	}

	public String state() {
		return awaitsAnswer() ? Messages.Handovers_awaiting
				: NLS.bind(Messages.Handovers_rejected, handover.record().reason());
	}

	public long block() {
		return handover.record().block();
	}

	/** Reads the handovers that concern this workspace and names them from the store (off the UI thread). */
	public static List<HandoverRow> read(Handovers handovers, TraceStore store, BooleanSupplier cancelled) throws ChainException {
		Locale language = WorkbenchLanguage.current();
		return handovers.read(cancelled).stream().map(h -> new HandoverRow(h,
				h.batch() == null ? unknown(h.record().batch()) : new Naming(store, language).lot(h.batch()),
				h.from() == null ? unknown(h.record().from()) : store.masterData().partyName(h.from(), language),
				h.to() == null ? unknown(h.record().to()) : store.masterData().partyName(h.to(), language))).toList();
	}

	private static String unknown(ChainKey key) {
		return NLS.bind(Messages.Handovers_unknown, key.toString().substring(0, KEY_CHARS) + '…');
	}
}
