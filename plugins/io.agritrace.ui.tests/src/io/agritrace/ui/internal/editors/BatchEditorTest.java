package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.rules.Correction;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.core.trace.Trace;
import io.agritrace.service.Corrections;
import io.agritrace.service.EventLabels;
import io.agritrace.service.Quantities;
import io.agritrace.service.StepNames;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.BatchMemento;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.views.NavigatorBot;

/** The Batch editor's pages over a demo batch, and the editor coming back from the workbench's memento. */
class BatchEditorTest extends WorkbenchTestCase {

	private NavigatorBot navigator;

	@Override
	protected void setUp() {
		navigator = NavigatorBot.show(page).withBatches();
	}

	@Test
	void eachPageShowsWhatTheStoreHoldsAndTheEventsSortByAnyColumn() throws Exception {
		ProductBatch batch = navigator.batch(0);
		BatchEditorBot editor = navigator.open(0).loaded();
		TraceStore store = service(WorkspaceStore.class).get();
		Trace trace = store.traces().trace(batch.code());

		assertEquals(custodyAsShown(store, store.holdings().lot(batch.code()).onHand()), editor.custody());
		assertTrue(editor.chartInsideTheEditor(), "the Activity chart and the header's commands in view");
		// Beside the navigator at 1280 px the Digital Link and the custody line were cut at the left column's edge.
		assertEquals(List.of(), editor.overviewCut(), "every field whole");
		screenshot("editor-overview");

		List<EpcisEvent> events = trace.all().events();
		assertEquals(events.size(), editor.timelineRows());
		List<String> times = editor.timelineColumn(0);
		List<String> oldestFirst = new ArrayList<>(times);
		Collections.sort(oldestFirst);
		assertEquals(oldestFirst, times, "sorted by time at first");
		editor.sortEventsBy(0);
		assertEquals(oldestFirst.reversed(), editor.timelineColumn(0), "a second click on Time: newest first");
		// Who and how much, beside the step and place: the columns an official asks for.
		Locale language = WorkbenchLanguage.current();
		Set<String> who = events.stream().map(e -> store.masterData().partyName(EventLabels.party(e, trace.operators()), language))
				.collect(Collectors.toSet());
		assertEquals(who, Set.copyOf(editor.timelineColumn(4)), "who, by organisation name");
		assertTrue(editor.timelineColumn(4).stream().noneMatch(w -> w.isEmpty() || w.startsWith("https://")), "names only");
		assertEquals(events.stream().map(e -> EventLabels.quantity(e, language)).collect(Collectors.toSet()),
				Set.copyOf(editor.timelineColumn(5)));
		assertTrue(editor.timelineColumn(5).stream().anyMatch(q -> q.endsWith(Quantities.unitName("KGM", language))),
				editor.timelineColumn(5).toString());
		editor.selectEvent(events.get(0).hashId());
		assertEquals(events.get(0).hashId(), assertInstanceOf(EpcisEvent.class, editor.selected()).hashId(),
				"the selected event is the editor's selection");
		screenshot("editor-events");

		assertEquals(trace.upstream().edges().size() + trace.downstream().edges().size(), editor.lineageRows());
		assertFalse(editor.selected() instanceof EpcisEvent, "the Lineage page's selection, not the Events page's");
		assertTrue(editor.lineageColumn(2).stream().noneMatch(w -> w.isEmpty() || w.startsWith("https://")),
				"who took each lot: " + editor.lineageColumn(2));
		assertTrue(editor.lineageColumn(3).stream().allMatch(q -> q.isEmpty() || Character.isDigit(q.charAt(0))),
				"how much of each lot: " + editor.lineageColumn(3));
		assertTrue(editor.lineageColumn(3).stream().anyMatch(q -> !q.isEmpty()), editor.lineageColumn(3).toString());
		screenshot("editor-lineage");
		assertEquals(RecallImpact.of(trace).recipients().size(), editor.recallRows());
		screenshot("editor-recall");
	}

	/**
	 * A lot with a cold-chain excursion, then corrected too: the Overview's
	 * header stays short and the Activity chart inside the editor; each warning
	 * is a sentence naming the step, place and time, its hash IDs in its tooltip.
	 */
	@Test
	void warningsReadAsSentencesAndKeepTheActivityChartInView() throws Exception {
		TraceStore store = service(WorkspaceStore.class).get();
		ProductBatch lot = store.batches().list().stream().filter(b -> store.traces().trace(b.code()).findings().stream()
				.anyMatch(f -> f.messages().get(0).code().equals("Findings_excursion"))).findFirst().orElseThrow();
		BatchEditorBot editor = BatchEditorBot.of(page.openEditor(new BatchEditorInput(lot), BatchEditorInput.EDITOR_ID)).loaded();
		assertFalse(editor.warnings().isEmpty(), "the excursion warned of");
		assertTrue(editor.chartInsideTheEditor(), "the Activity chart in view with " + editor.warnings());
		screenshot("editor-overview-excursion");

		// Its last event happened a minute later than recorded: corrected, as the Correct wizard does.
		EpcisEvent last = store.traces().trace(lot.code()).own().events().stream().max(Comparator.comparing(EpcisEvent::eventTime))
				.orElseThrow();
		EpcisEvent corrective = EventBuilder.copyOf(last)
				.eventTime(last.eventTime().plus(Duration.ofMinutes(1)).atOffset(last.timeZone())).build();
		new Corrections(store).correct(last.hashId(), Correction.INCORRECT_DATA, corrective,
				OffsetDateTime.now(WorkspaceZone.clock())).orElseThrow();
		StoreTopics.post(StoreTopics.EVENTS, lot.code());
		String hashIds = last.hashId() + "\n" + corrective.hashId();
		waitUntil("the correction warned of", TIMEOUT_MS, () -> editor.warnings().stream().anyMatch(w -> w.endsWith(hashIds)));
		String warning = editor.warnings().stream().filter(w -> w.endsWith(hashIds)).findFirst().orElseThrow();
		String sentence = warning.substring(0, warning.indexOf('\t'));
		Locale language = WorkbenchLanguage.current();
		assertFalse(sentence.contains("ni:///") || sentence.contains(Correction.INCORRECT_DATA), sentence);
		assertTrue(sentence.contains(StepNames.of(last.bizStep(), language))
				&& sentence.contains(store.masterData().locationName(EventLabels.place(last), language))
				&& sentence.contains(EventLabels.time(last)) && sentence.contains(EventLabels.time(corrective)), sentence);
		assertEquals(NLS.bind(Messages.Overview_warningsHeader, editor.warnings().size()), editor.overviewHeader());
		assertTrue(editor.chartInsideTheEditor(), "the Activity chart in view with " + editor.warnings());
		screenshot("editor-overview-corrected");
	}

	/** What the Overview says of who holds how much of the lot where: a line per place, the total when several. */
	private static List<String> custodyAsShown(TraceStore store, List<CustodyChain.Stop> onHand) {
		Locale language = WorkbenchLanguage.current();
		List<String> lines = new ArrayList<>();
		for (CustodyChain.Stop s : onHand) {
			lines.add(store.masterData().partyName(s.party(), language) + ' ' + NLS.bind(Messages.Overview_heldAt,
					Quantities.of(s.held(), s.uom(), WorkbenchLanguage.current()),
					store.masterData().locationName(s.location(), language)));
		}
		if (onHand.size() > 1) {
			lines.add(Messages.Overview_onHand + ' '
					+ Quantities.of(onHand.stream().map(CustodyChain.Stop::held).reduce(BigDecimal.ZERO, BigDecimal::add),
							onHand.get(0).uom(), WorkbenchLanguage.current()));
		}
		return onHand.isEmpty() ? List.of(Messages.Overview_holder + ' ' + Messages.Overview_gone) : lines;
	}

	/**
	 * At exit the workbench keeps each open editor's input through its
	 * persistable element; at the next start the element factory registered in
	 * plugin.xml makes the same input, and the editor opens on it.
	 */
	@Test
	void anOpenEditorIsKeptAtExitAndReopensFromItsMemento() throws Exception {
		ProductBatch batch = navigator.batch(0);
		BatchEditorInput input = new BatchEditorInput(batch);
		IPersistableElement persistable = input.getPersistable();
		XMLMemento saved = XMLMemento.createWriteRoot("editor"); //$NON-NLS-1$
		persistable.saveState(saved);
		StringWriter xml = new StringWriter();
		saved.save(xml);

		IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(persistable.getFactoryId());
		assertNotNull(factory, "plugin.xml registers " + BatchMemento.FACTORY_ID);
		IAdaptable restored = factory.createElement(XMLMemento.createReadRoot(new StringReader(xml.toString())));
		BatchEditorInput again = assertInstanceOf(BatchEditorInput.class, restored);
		assertEquals(batch, again.batch(), "every field of the batch comes back");

		BatchEditorBot editor = BatchEditorBot.of(page.openEditor(again, BatchEditorInput.EDITOR_ID)).loaded();
		assertEquals(batch.lot(), editor.title());
		assertEquals(store().traces().trace(batch.code()).all().events().size(), editor.timelineRows());
	}

	private TraceStore store() {
		return service(WorkspaceStore.class).get();
	}
}
