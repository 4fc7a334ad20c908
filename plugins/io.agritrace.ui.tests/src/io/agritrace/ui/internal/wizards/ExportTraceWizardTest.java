package io.agritrace.ui.internal.wizards;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.service.StepNames;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/** File > Export > Trace of a Lot, as a clerk answers a regulator: the spreadsheet of key data elements. */
class ExportTraceWizardTest extends WorkbenchTestCase {

	private final FreshIds ids = new FreshIds("690996");
	private PaddyChain chain;
	private EpcisEvent shipped;
	private WizardBot wizard;

	@Override
	protected void setUp() {
		chain = new PaddyChain(ids, "E", store());
		shipped = chain.ship(store());
	}

	@Override
	protected void tearDown() {
		if (wizard != null && wizard.isOpen()) {
			wizard.cancel();
		}
	}

	@Test
	void theSpreadsheetOfASelectedLotNamesItsPartiesAndTheBlockThatAnchorsEachEvent(@TempDir Path folder)
			throws Exception {
		waitUntil("the shipment's anchor", 2 * TIMEOUT_MS, () -> store().outbox().block(shipped.hashId()) != null);
		wizard = WizardBot.openExport(ExportTraceWizard.ID, new StructuredSelection(chain.batch));
		assertEquals(chain.batch.traceCode(), wizard.text(ExportTracePage.FIELD_CODE), "the selected lot is proposed");
		assertTrue(wizard.text(ExportTracePage.FIELD_FILE).endsWith("E" + chain.suffix + ".csv"),
				wizard.text(ExportTracePage.FIELD_FILE));
		wizard.type(ExportTracePage.FIELD_FILE, folder.resolve("missing").resolve("trace.csv").toString());
		assertTrue(wizard.error().startsWith(Messages.ExportWizard_file), wizard.error());
		assertTrue(wizard.marked(ExportTracePage.FIELD_FILE));
		Path file = folder.resolve("trace.csv");
		wizard.type(ExportTracePage.FIELD_FILE, file.toString());
		assertNull(wizard.error());
		screenshot("wizard-export");
		wizard.finish();
		assertFalse(wizard.isOpen());
		waitForJobs(TIMEOUT_MS);

		String csv = Files.readString(file, StandardCharsets.UTF_8);
		List<String> lines = csv.substring(1).lines().toList();
		assertEquals('\uFEFF', csv.charAt(0));
		assertEquals(3, lines.size(), csv);
		String shipping = lines.get(2);
		assertTrue(shipping.contains("," + StepNames.of("shipping", WorkbenchLanguage.current()) + ",E" + chain.suffix + ","),
				shipping);
		assertTrue(shipping.contains("C" + chain.suffix) && shipping.contains("M" + chain.suffix),
				"names both parties: " + shipping);
		assertTrue(shipping.endsWith(shipped.hashId() + "," + store().outbox().block(shipped.hashId())), shipping);
	}

	/** The "Untitled.csv" with a *.csv filter for JSON-LD: the file and the dialog follow the format chosen. */
	@Test
	void theProposedFileAndItsDialogsFilterFollowTheFormat() {
		wizard = WizardBot.openExport(ExportTraceWizard.ID, new StructuredSelection(chain.batch));
		wizard.choose(ExportTracePage.FIELD_FORMAT, Messages.ExportWizard_epcis);
		String file = wizard.text(ExportTracePage.FIELD_FILE);
		assertTrue(file.endsWith("E" + chain.suffix + ".jsonld"), file);
		assertEquals("*.jsonld", FieldGrid.filtersFor(file, "*.csv", "*.jsonld", "*.*")[0]);
		wizard.choose(ExportTracePage.FIELD_FORMAT, Messages.ExportWizard_spreadsheet);
		file = wizard.text(ExportTracePage.FIELD_FILE);
		assertTrue(file.endsWith("E" + chain.suffix + ".csv"), file);
		assertEquals("*.csv", FieldGrid.filtersFor(file, "*.jsonld", "*.csv", "*.*")[0]);
		assertEquals("*.*", FieldGrid.filtersFor("notes.txt", "*.*", "*.csv")[0], "no match keeps the order");
	}

	private TraceStore store() {
		return service(WorkspaceStore.class).get();
	}
}
