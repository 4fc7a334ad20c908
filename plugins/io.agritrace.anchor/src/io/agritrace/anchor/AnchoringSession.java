package io.agritrace.anchor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKey;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.core.model.Party;
import io.agritrace.store.TraceStore;

/**
 * One workspace's anchoring on one connected chain: publishing the outbox,
 * making the chain's custody record follow the shipments and receipts,
 * reconciling and verifying. The CLI's commands and the workbench's
 * anchoring Job both go through it.
 * <p>
 * Whatever sends transactions does so inside {@link #lock}: one publisher per
 * workspace and signing account at a time, since two senders with one account
 * take the same nonces from the node and lose each other's transactions.
 */
public final class AnchoringSession implements AutoCloseable {

	private final Path workspace;
	private final TraceStore store;
	private final AnchorTarget target;
	/** On a development chain, every organisation's key; null on a network. */
	private final DevelopmentOrganisations organisations;
	private CustodySync.Signers signers;
	private Handovers handovers;

	/**
	 * @param organisations every organisation's development key (the managed local
	 *                      chain), or null on a network, where the recorder signs
	 *                      for its own organisation only; the session closes it
	 */
	public AnchoringSession(Path workspace, TraceStore store, AnchorTarget target, DevelopmentOrganisations organisations) {
		this.workspace = workspace;
		this.store = store;
		this.target = target;
		this.organisations = organisations;
	}

	public AnchorTarget target() {
		return target;
	}

	/** The signing account's address. */
	public String account() {
		return target.signingKey().address();
	}

	/**
	 * This workspace's publisher lock for the signing account.
	 *
	 * @param what      what the caller does, for whoever has to wait for it
	 * @param wait      how long to wait for another publisher to finish
	 * @throws PublisherLock.HeldException naming the holder, when it is still held
	 */
	public PublisherLock lock(String what, Duration wait, BooleanSupplier cancelled)
			throws IOException, PublisherLock.HeldException, InterruptedException {
		return PublisherLock.acquire(workspace, account(), what, wait, cancelled);
	}

	/** Sends the outbox; call it inside {@link #lock}. */
	public AnchorPublisher.Result publish(BooleanSupplier cancelled) throws ChainException {
		try (AnchorLedger ledger = target.open()) {
			return new AnchorPublisher(store.outbox(), ledger).publish(cancelled);
		}
	}

	/**
	 * Marks the pending events the chain already holds as anchored, sending nothing.
	 *
	 * @return the store's ids of the events found anchored
	 */
	public List<Long> reconcile(BooleanSupplier cancelled) throws ChainException {
		try (AnchorLedger ledger = target.open()) {
			return new AnchorPublisher(store.outbox(), ledger).reconcile(cancelled);
		}
	}

	/**
	 * Signs at most {@code maxSteps} custody steps; call it inside {@link #lock}.
	 *
	 * @return empty while the recorder's account records for no organisation
	 */
	public Optional<CustodySync.Result> syncCustody(BooleanSupplier cancelled, int maxSteps) throws ChainException {
		try (CustodyLedger custody = CustodyLedger.connect(target.endpoint(), target.chainId(), target.contract())) {
			if (signers == null) {
				signers = organisations != null ? organisations::keyOf
						: CustodySync.Signers.ofRecorder(custody, target.signingKey());
			}
			if (signers == null) {
				return Optional.empty();
			}
			return Optional.of(new CustodySync(store.custodySteps(), custody, signers).sync(cancelled, maxSteps));
		}
	}

	/**
	 * The handovers waiting for this workspace's answer; answer them inside
	 * {@link #lock}.
	 *
	 * @return empty while the recorder's account records for no organisation
	 */
	public synchronized Optional<Handovers> handovers() throws ChainException {
		if (handovers == null) {
			if (organisations != null) {
				handovers = Handovers.forEveryOrganisation(store, target, organisations::keyOf);
			} else {
				try (CustodyLedger custody = CustodyLedger.connect(target.endpoint(), target.chainId(), target.contract())) {
					ChainKey organisation = custody.organisationOf(account());
					handovers = organisation == null ? null : Handovers.forRecorder(store, target, organisation);
				}
			}
		}
		return Optional.ofNullable(handovers);
	}

	/** Every event of a lot's trace against its anchor; sends nothing. */
	public List<Verification> verify(String item) throws ChainException {
		try (AnchorLedger ledger = target.open()) {
			return new TraceVerifier(store, ledger).verify(item);
		}
	}

	/** These stored events (by the store's id) against their anchors; see {@link TraceVerifier#verifyEvents}. */
	public Map<Verification.State, Integer> verifyEvents(Collection<Long> eventIds) throws ChainException {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		try (AnchorLedger ledger = target.open()) {
			return new TraceVerifier(store, ledger).verifyEvents(eventIds);
		}
	}

	/**
	 * Who holds a lot on the chain's custody record.
	 *
	 * @param party    the URI of the party of this workspace's store whose chain key holds it, or null when
	 *                 the store knows no such party
	 * @param chainKey the holder's key on chain, in hex
	 */
	public record LotHolder(String party, String chainKey) {
	}

	/** Who holds the lot on chain; empty when nobody does. Sends nothing. */
	public Optional<LotHolder> holderOf(String lot) throws ChainException {
		ChainKey key;
		try (CustodyLedger custody = CustodyLedger.connect(target.endpoint(), target.chainId(), target.contract())) {
			key = custody.holder(lot);
		}
		if (key == null) {
			return Optional.empty();
		}
		String party = store.masterData().parties().stream().map(Party::uri).filter(uri -> ChainKey.of(uri).equals(key))
				.findFirst().orElse(null);
		return Optional.of(new LotHolder(party, key.toString()));
	}

	/** Every stored event against its anchor, a page at a time; see {@link TraceVerifier#verifyAll}. */
	public Map<Verification.State, Integer> verifyAll(IntPredicate progress) throws ChainException {
		try (AnchorLedger ledger = target.open()) {
			return new TraceVerifier(store, ledger).verifyAll(progress);
		}
	}

	@Override
	public void close() {
		if (organisations != null) {
			organisations.close();
		}
	}
}
