package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.RecallImpact;
import io.agritrace.core.trace.Trace;
import io.agritrace.service.Quantities;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.BatchMemento;
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
		screenshot("editor-overview");

		List<EpcisEvent> events = trace.all().events();
		assertEquals(events.size(), editor.timelineRows());
		List<String> times = editor.timelineColumn(0);
		List<String> oldestFirst = new ArrayList<>(times);
		Collections.sort(oldestFirst);
		assertEquals(oldestFirst, times, "sorted by time at first");
		editor.sortEventsBy(0);
		assertEquals(oldestFirst.reversed(), editor.timelineColumn(0), "a second click on Time: newest first");
		editor.selectEvent(events.get(0).hashId());
		assertEquals(events.get(0).hashId(), assertInstanceOf(EpcisEvent.class, editor.selected()).hashId(),
				"the selected event is the editor's selection");
		screenshot("editor-events");

		assertEquals(trace.upstream().edges().size() + trace.downstream().edges().size(), editor.lineageRows());
		assertFalse(editor.selected() instanceof EpcisEvent, "the Lineage page's selection, not the Events page's");
		screenshot("editor-lineage");
		assertEquals(RecallImpact.of(trace).recipients().size(), editor.recallRows());
		screenshot("editor-recall");
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
