package io.agritrace.chain.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.EventHandler;

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.Verification;
import io.agritrace.chain.ui.internal.AnchoredDemo;
import io.agritrace.chain.ui.internal.ChainJobFamilies;
import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.chain.ui.internal.VerifyAllReportBot;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.rules.Correction;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.Corrections;
import io.agritrace.service.EventLabels;
import io.agritrace.service.LotVerdict;
import io.agritrace.service.StepNames;
import io.agritrace.service.VerificationReport;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;
import io.agritrace.tests.harness.StoreTampering;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/** The Batch editor's Chain page over the demo data anchored on the managed local chain. */
class ChainPageTest extends WorkbenchTestCase {

	/** The local chain takes a few custody steps every run, each waiting for its block. */
	private static final long CUSTODY_TIMEOUT_MS = 600_000;

	private TraceStore store;
	private final List<EventHandler> listeners = new ArrayList<>();

	@Override
	protected void setUp() {
		store = AnchoredDemo.ensure(page.getWorkbenchWindow());
	}

	@Test
	void verifyOnChainShowsEveryEventOfTheTraceAnchoredByTheLocalChain() throws Exception {
		ProductBatch batch = store.batches().list().get(0);
		int events = store.traces().trace(batch.code()).all().events().size();
		Map<String, LotVerdict> posted = listenForVerdicts();
		ChainPageBot chain = ChainPageBot.open(page, batch).verify();
		assertEquals(events, chain.rowsShowing(Verification.State.VERIFIED), "verified once every verification has ended");
		// The broker delivers a post on its own thread: wait for it rather than race it.
		waitUntil("the navigator hears it", TIMEOUT_MS,
				() -> posted.get(batch.code()) == LotVerdict.ALL_VERIFIED);
		screenshot("chain-verified");
	}

	@Test
	void verifyOnChainFromTheNavigatorOpensTheBatchOnItsChainPage() {
		ProductBatch batch = store.batches().list().get(1);
		int events = store.traces().trace(batch.code()).all().events().size();
		ChainPageBot chain = ChainPageBot.verifyFromNavigator(page, batch);
		assertEquals(events, chain.rowsShowing(Verification.State.VERIFIED), "every event verified");
	}

	/**
	 * Each row names its event as the Events page does, the hash ID only in its
	 * own column; a correction stored meanwhile shows without Verify on Chain.
	 */
	@Test
	void rowsNameTheirEventsAndACorrectionShowsWithoutVerifyingAgain() throws Exception {
		ProductBatch batch = apartFromTheFirstTwo();
		List<EpcisEvent> events = store.traces().trace(batch.code()).all().events();
		ChainPageBot chain = ChainPageBot.open(page, batch);
		waitUntil("the verdicts shown", TIMEOUT_MS, () -> chain.rows() == events.size());
		Locale language = WorkbenchLanguage.current();
		Set<String> steps = events.stream().map(e -> StepNames.of(e.bizStep(), language)).collect(Collectors.toSet());
		Set<String> places = events.stream().map(e -> store.masterData().locationName(EventLabels.place(e), language))
				.collect(Collectors.toSet());
		assertTrue(steps.containsAll(chain.column(Messages.Verify_columnStep)), chain.column(Messages.Verify_columnStep).toString());
		assertTrue(places.containsAll(chain.column(Messages.Verify_columnPlace)), chain.column(Messages.Verify_columnPlace).toString());
		assertTrue(chain.column(Messages.Verify_columnWho).stream().noneMatch(String::isEmpty), "who, for every event");
		for (String title : List.of(Messages.Verify_columnStep, Messages.Verify_columnPlace, Messages.Verify_columnTime,
				Messages.Verify_columnWho)) {
			assertTrue(chain.column(title).stream().noneMatch(t -> t.contains("ni:///")), title + ": names, not hashes");
		}

		// The lot's first event happened a minute earlier than recorded: corrected, as the Correct wizard does.
		EpcisEvent first = events.stream().min(Comparator.comparing(EpcisEvent::eventTime)).orElseThrow();
		EpcisEvent corrective = EventBuilder.copyOf(first)
				.eventTime(first.eventTime().minus(Duration.ofMinutes(1)).atOffset(first.timeZone())).build();
		new Corrections(store).correct(first.hashId(), Correction.INCORRECT_DATA, corrective,
				OffsetDateTime.now(WorkspaceZone.clock())).orElseThrow();
		StoreTopics.post(StoreTopics.EVENTS, batch.code());
		waitUntil("the corrective event listed", TIMEOUT_MS, () -> chain.rows() == events.size() + 1);
		assertTrue(chain.column(Messages.Verify_columnHash).contains(corrective.hashId().toString()),
				"the corrective event's row");
		assertTrue(chain.column(Messages.Verify_columnTime).contains(EventLabels.time(corrective)), "at its corrected time");
		screenshot("chain-corrected");

		// An anchoring round that changed anchors re-reads the page too: a newcomer saw "pending" for minutes.
		EpcisEvent last = events.stream().max(Comparator.comparing(EpcisEvent::eventTime)).orElseThrow();
		new Corrections(store).correct(last.hashId(), Correction.INCORRECT_DATA,
				EventBuilder.copyOf(last).eventTime(last.eventTime().plus(Duration.ofMinutes(1)).atOffset(last.timeZone())).build(),
				OffsetDateTime.now(WorkspaceZone.clock())).orElseThrow();
		StoreTopics.post(StoreTopics.ANCHORS, batch.code());
		waitUntil("the page read again after an anchoring round", TIMEOUT_MS, () -> chain.rows() == events.size() + 2);
	}

	/** A batch whose trace shares no event with the first two batches', which the other tests verify whole. */
	private ProductBatch apartFromTheFirstTwo() {
		List<ProductBatch> batches = store.batches().list();
		Set<EventHashId> verifiedWhole = new HashSet<>();
		for (ProductBatch b : batches.subList(0, 2)) {
			store.traces().trace(b.code()).all().events().forEach(e -> verifiedWhole.add(e.hashId()));
		}
		return batches.stream().skip(2).filter(b -> store.traces().trace(b.code()).all().events().stream()
				.noneMatch(e -> verifiedWhole.contains(e.hashId()))).findFirst().orElseThrow();
	}

	/**
	 * On the managed local chain the application also hands lots over on chain
	 * as they are shipped whole and received; the Chain page names who holds
	 * the lot now, as the chain does while the store too has all of it there,
	 * and beside them the last whole holder once the lot was split (the chain
	 * records whole lots).
	 */
	@Test
	void theChainFollowsCustodyAndTheChainPageNamesTheLotsHolder() throws Exception {
		ChainService chain = service(ChainService.class);
		String[] held = new String[3];
		waitUntil("a lot handed over on chain", CUSTODY_TIMEOUT_MS, () -> {
			Optional<String[]> found = heldLot(chain);
			found.ifPresent(f -> System.arraycopy(f, 0, held, 0, 3));
			return found.isPresent();
		});
		ProductBatch batch = store.batches().find(held[0]).orElseThrow();
		ChainPageBot tab = ChainPageBot.open(page, batch).verify();
		// The tab once said "whole lot with" the chain's holder after the lot went to three shops, cut beside the navigator.
		assertFalse(tab.title().contains(held[1]), "the tab counts, the line below names: " + tab.title());
		// What follows the holders now: that the chain agrees, or whom it last saw the whole lot handed to.
		String same = Messages.Verify_heldAsOnChain;
		String split = Messages.Verify_heldSinceSplit;
		String says = Boolean.parseBoolean(held[2]) ? same.substring(same.indexOf("{0}") + 3)
				: split.substring(split.indexOf("{0}") + 3, split.indexOf("{1}"));
		assertTrue(tab.holdersText().contains(says), "whole " + held[2] + ": " + tab.holdersText());
		assertTrue(tab.holdersText().contains(held[1]), "the line names " + held[1] + ": " + tab.holdersText());
		List<CustodyChain.Stop> onHand = store.holdings().lot(batch.code()).onHand(batch.code());
		for (CustodyChain.Stop stop : onHand.stream().filter(s -> s.party() != null).toList()) {
			String holder = store.masterData().partyName(stop.party(), WorkbenchLanguage.current());
			assertTrue(tab.holdersText().contains(holder), "the line names " + holder + ", who holds some now: " + tab.holdersText());
		}
		assertTrue(tab.holdersWhole(), "the holders' line whole: " + tab.holdersText());
		assertEquals(List.of(), tab.columnsCut(), "every column as wide as its texts");
		screenshot("chain-custody");
	}

	/**
	 * A registered lot that some organisation holds on chain, that
	 * organisation's name, and whether the store has all of the lot with it at
	 * one place; a split lot first, where there is one.
	 */
	private Optional<String[]> heldLot(ChainService chain) {
		try {
			AnchoringSession session = chain.anchoring().orElseThrow().session();
			String[] whole = null;
			for (ProductBatch batch : store.batches().list()) {
				Optional<AnchoringSession.LotHolder> holder = session.holderOf(batch.code());
				if (holder.isPresent()) {
					String name = store.masterData().partyName(holder.get().party(), WorkbenchLanguage.current());
					CustodyChain custody = store.holdings().lot(batch.code());
					List<CustodyChain.Stop> onHand = custody.onHand(batch.code());
					boolean all = custody.transits().isEmpty() && onHand.size() == 1
							&& Objects.equals(holder.get().party(), onHand.get(0).party());
					if (!all) {
						return Optional.of(new String[] { batch.code(), name, "false" });
					}
					whole = whole != null ? whole : new String[] { batch.code(), name, "true" };
				}
			}
			return Optional.ofNullable(whole);
		} catch (Exception e) {
			// Not connected yet: ask again.
			return Optional.empty();
		}
	}

	/** Someone deletes a receipt from the database: the chain still holds its anchor, and the Chain page says so. */
	@Test
	void anEventDeletedFromTheDatabaseShowsAsMissingHere() throws Exception {
		StoreTampering tampering = new StoreTampering(WorkspaceStore.jdbcUrl());
		// The last batch with a receipt: the first batch stays whole for the other tests.
		List<ProductBatch> batches = store.batches().list();
		ProductBatch batch = null;
		long receipt = -1;
		for (int i = batches.size() - 1; i > 0 && batch == null; i--) {
			var found = tampering.event(batches.get(i).code(), BizSteps.RECEIVING, false);
			if (found.isPresent()) {
				batch = batches.get(i);
				receipt = found.getAsLong();
			}
		}
		tampering.delete(receipt);
		Map<String, LotVerdict> posted = listenForVerdicts();
		ChainPageBot chain = ChainPageBot.open(page, batch).verify();
		assertEquals(1, chain.rowsShowing(Verification.State.NOT_IN_DATABASE), "the deleted receipt shown as missing here");
		// The state's column was as wide as pack made it, which clipped "altered" and "missing here" in Chinese.
		assertEquals(List.of(), chain.columnsCut(), "every state whole in its column");
		String lot = batch.code();
		waitUntil("the mismatch posted for the navigator", TIMEOUT_MS,
				() -> posted.get(lot) == LotVerdict.MISMATCH);
		screenshot("chain-missing");
	}

	@Test
	void verifyAllOnChainKeepsAVerdictForEveryStoredEventAndReportsWhatItFound() throws Exception {
		List<Object> posted = new ArrayList<>();
		EventHandler listener = event -> posted.add(event.getProperty(IEventBroker.DATA));
		service(IEventBroker.class).subscribe(StoreTopics.VERDICTS, listener);
		listeners.add(listener);

		execute("io.agritrace.chain.ui.commands.verifyAll");
		waitForJobs(ChainJobFamilies.VERIFICATION, TIMEOUT_MS);
		// The broker delivers the post on its own thread.
		waitUntil("the verdicts posted", TIMEOUT_MS, () -> !posted.isEmpty());

		Map<VerdictRepository.Verdict, Long> counts = store.verdicts().counts();
		assertEquals(store.events().count(), counts.values().stream().mapToLong(Long::longValue).sum(), counts.toString());
		assertEquals(null, counts.get(VerdictRepository.Verdict.MISMATCH), "nobody altered a stored event here");

		// It says what it found: the counts, and every record that no longer verifies.
		Map<Verification.State, Integer> found = new EnumMap<>(Verification.State.class);
		counts.forEach((verdict, n) -> found.put(Verification.State.valueOf(verdict.name()), n.intValue()));
		VerificationReport expected = VerificationReport.of(store, found, WorkbenchLanguage.current());
		try (VerifyAllReportBot report = VerifyAllReportBot.opened(TIMEOUT_MS)) {
			assertEquals(expected.summary(WorkbenchLanguage.current()), report.summary());
			assertEquals(expected.incidents().size(), report.incidentRows(), report.incidentsHeading());
			screenshot("verify-all-report");
		}
	}

	/** The verdicts the Chain page posts for the navigator, by lot, until the test ends. */
	private Map<String, LotVerdict> listenForVerdicts() {
		Map<String, LotVerdict> posted = new ConcurrentHashMap<>();
		IEventBroker broker = service(IEventBroker.class);
		EventHandler listener = event -> {
			if (event.getProperty(IEventBroker.DATA) instanceof StoreTopics.Verified v) {
				posted.put(v.lot(), v.outcome());
			}
		};
		broker.subscribe(StoreTopics.VERIFIED, listener);
		listeners.add(listener);
		return posted;
	}

	@Override
	protected void tearDown() {
		listeners.forEach(service(IEventBroker.class)::unsubscribe);
		listeners.clear();
	}
}
