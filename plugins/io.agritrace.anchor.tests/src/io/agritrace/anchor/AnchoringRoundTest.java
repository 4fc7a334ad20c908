package io.agritrace.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKey;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;
import io.agritrace.tests.harness.AnvilNode;
import io.agritrace.tests.harness.StoreTampering;

/**
 * One anchoring round, as the workbench's Job and {@code publish} run it:
 * everything anchored and its custody on chain, then verified, an event
 * altered before it was sent found at once; a second round on the session
 * neither reconciles nor verifies again; a workspace whose events the chain
 * already holds finds them there and verifies them at once.
 */
class AnchoringRoundTest {

	private static final long CHAIN_ID = 1337;

	@TempDir
	Path workspace;
	@TempDir
	Path elsewhere;

	@Test
	void aRoundAnchorsSyncsCustodyAndVerifiesWhatItAnchored() throws Exception {
		try (AnvilNode node = new AnvilNode(); TraceStore store = TraceStore.openWorkspace(workspace)) {
			ChainEndpoint endpoint = ChainEndpoint.of(node.url());
			String contract;
			try (RegistryAdmin admin = RegistryAdmin.deploy(endpoint, CHAIN_ID, AnvilNode.KEYS[0])) {
				admin.grantRecorder(RegistryAdmin.addressOf(AnvilNode.KEYS[1]), "https://id.gs1.org/417/6901234000016");
				contract = admin.contractAddress();
			}
			DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
			demo.saveTo(store);
			StoreTampering rows = new StoreTampering(TraceStore.workspaceUrl(workspace));
			long steps = rows.count(BizSteps.SHIPPING) + rows.count(BizSteps.RECEIVING);
			// An insider edits a stored record before it is sent: its outbox keeps the hash ID it was recorded with.
			rows.alterQuantity(rows.event(demo.batches().get(1).code(), null, true).orElseThrow(), '9');

			try (AnchoringSession session = new AnchoringSession(workspace, store,
					new AnchorTarget(endpoint, CHAIN_ID, contract, SigningKey.of(AnvilNode.KEYS[1])),
					new DevelopmentOrganisations(endpoint, CHAIN_ID, contract, AnvilNode.KEYS[0]))) {
				AnchoringRound round = new AnchoringRound(session, Integer.MAX_VALUE);
				AnchoringRound.Result first = round.run(() -> false);

				int events = demo.events().size();
				assertEquals(0, first.reconciled(), first.toString());
				assertEquals(events, first.published().anchored(), first.toString());
				assertEquals(steps, first.custody().orElseThrow().synced(), first.toString());
				assertEquals(1, first.mismatches(), "the edited record: " + first);
				assertEquals(events - 1, first.verified(), first.toString());
				assertEquals(1L, store.verdicts().counts().get(VerdictRepository.Verdict.MISMATCH));
				assertEquals(events, (long) store.outbox().countsByState().get(OutboxState.ANCHORED));
				assertTrue(first.changed() >= events, first.toString());

				AnchoringRound.Result second = round.run(() -> false);
				assertEquals(0, second.changed(), "nothing left to do: " + second);
				assertEquals(0, second.verified() + second.mismatches(), second.toString());
			}

			// A second workspace holding the same events (a restored backup): found on chain, and verified at once.
			try (TraceStore restored = TraceStore.openWorkspace(elsewhere);
					AnchoringSession session = new AnchoringSession(elsewhere, restored,
							new AnchorTarget(endpoint, CHAIN_ID, contract, SigningKey.of(AnvilNode.KEYS[1])), null)) {
				demo.saveTo(restored);
				AnchoringRound.Result found = new AnchoringRound(session, 0).run(() -> false);

				int events = demo.events().size();
				assertEquals(events, found.reconciled(), found.toString());
				assertEquals(0, found.published().anchored(), "nothing sent again: " + found);
				assertEquals(events, found.verified(), "each event verified once its anchor was found: " + found);
				assertEquals((long) events, restored.verdicts().counts().get(VerdictRepository.Verdict.VERIFIED));
			}
		}
	}
}
