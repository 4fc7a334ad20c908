package io.agritrace.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.agritrace.anchor.internal.Texts;
import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.HandoverRecord;
import io.agritrace.chain.SigningKey;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;

/**
 * The on-chain handovers that wait for this workspace's answer, and the
 * answers others gave to its own: handovers other organisations proposed to
 * the organisation the workspace records for (every organisation on the
 * managed local chain), which it accepts or rejects with a reason, and its
 * proposals that the receiver rejected.
 * <p>
 * The contract's log is read in ranges of blocks (nodes cap what one query
 * spans: Besu's default is 5,000 blocks), each range once per session; the
 * chain's keys are named by the batches and parties of this workspace's store.
 */
public final class Handovers {

	/** Blocks read in one query. */
	public static final int RANGE = 5_000;

	/**
	 * A handover as this workspace shows it.
	 *
	 * @param record what the contract logged last for the batch
	 * @param batch  the batch's Digital Link, or null when this workspace has no such batch
	 * @param from   the holder's party URI, or null when this workspace does not know the party
	 * @param to     the receiver's party URI, or null likewise
	 */
	public record Handover(HandoverRecord record, String batch, String from, String to) {

		/** True for a proposal waiting for this workspace's accept or reject. */
		public boolean awaitsAnswer() {
			return !record.rejected();
		}
	}

	/** Who signs an answer for the organisation a handover was proposed to. */
	@FunctionalInterface
	interface Answerer {
		SigningKey keyFor(Handover handover) throws ChainException;
	}

	private final TraceStore store;
	private final AnchorTarget target;
	/** The organisation whose handovers are read; null for every organisation's. */
	private final ChainKey organisation;
	private final Answerer answerer;
	private final int range;
	private long readTo = -1;
	/** What the log said last of each batch that may still concern this workspace. */
	private final Map<ChainKey, HandoverRecord> latest = new LinkedHashMap<>();

	Handovers(TraceStore store, AnchorTarget target, ChainKey organisation, Answerer answerer, int range) {
		this.store = store;
		this.target = target;
		this.organisation = organisation;
		this.answerer = answerer;
		this.range = range;
	}

	/**
	 * Reads the log up to the newest block and answers the proposals still
	 * waiting and the rejections of this workspace's proposals, oldest first.
	 */
	public synchronized List<Handover> read(BooleanSupplier cancelled) throws ChainException {
		try (CustodyLedger ledger = ledger()) {
			long newest = ledger.blockNumber();
			for (long from = readTo + 1; from <= newest && !cancelled.getAsBoolean(); from += range) {
				long to = Math.min(newest, from + range - 1);
				for (HandoverRecord record : ledger.handovers(organisation, from, to)) {
					latest.remove(record.batch()); // keeps the map in log order
					latest.put(record.batch(), record);
				}
				readTo = to;
			}
			// An accepted proposal, or one the holder proposed anew elsewhere, concerns us no more.
			for (Iterator<HandoverRecord> it = latest.values().iterator(); it.hasNext();) {
				HandoverRecord record = it.next();
				if (!record.rejected() && !record.to().equals(ledger.proposedTo(record.batch()))) {
					it.remove();
				}
			}
			if (latest.isEmpty()) {
				return List.of(); // read every few seconds: the store's names only when there is something to name
			}
			Map<ChainKey, String> names = names();
			List<Handover> handovers = new ArrayList<>();
			for (HandoverRecord record : latest.values()) {
				handovers.add(new Handover(record, names.get(record.batch()), names.get(record.from()), names.get(record.to())));
			}
			return handovers;
		}
	}

	/** Accepts a waiting handover: the receiver becomes the batch's holder on chain. */
	public void accept(Handover handover) throws ChainException {
		try (CustodyLedger ledger = ledger()) {
			ledger.accept(handover.record().batch(), answerer.keyFor(handover));
		}
	}

	/** Rejects a waiting handover with the receiver's reason; the holder keeps the batch. */
	public void reject(Handover handover, String reason) throws ChainException {
		try (CustodyLedger ledger = ledger()) {
			ledger.reject(handover.record().batch(), reason, answerer.keyFor(handover));
		}
	}

	private CustodyLedger ledger() {
		return CustodyLedger.connect(target.endpoint(), target.chainId(), target.contract());
	}

	/** The store's batches and parties by their keys on chain. */
	private Map<ChainKey, String> names() {
		Map<ChainKey, String> names = new HashMap<>();
		for (ProductBatch batch : store.batches().list()) {
			names.put(ChainKey.of(batch.code()), batch.code());
		}
		for (Party party : store.masterData().parties()) {
			names.put(ChainKey.of(party.uri()), party.uri());
		}
		return names;
	}

	/** The managed local chain: answers for any organisation of the store with its development key. */
	static Handovers forEveryOrganisation(TraceStore store, AnchorTarget target, CustodySync.Signers signers) {
		return new Handovers(store, target, null, handover -> {
			if (handover.to() == null) {
				throw new ChainException(Texts.Handovers_unknownReceiver.with(handover.record().to()));
			}
			return signers.keyOf(handover.to());
		}, RANGE);
	}

	/** A network: answers for the one organisation the workspace's recorder account records for. */
	static Handovers forRecorder(TraceStore store, AnchorTarget target, ChainKey organisation) {
		return new Handovers(store, target, organisation, handover -> target.signingKey(), RANGE);
	}
}
