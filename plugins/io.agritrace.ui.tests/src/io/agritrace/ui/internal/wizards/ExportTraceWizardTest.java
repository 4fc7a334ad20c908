package io.agritrace.ui.internal.wizards;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;

/** File > Export > Trace of a Lot, as a clerk answers a regulator: the spreadsheet of key data elements. */
class ExportTraceWizardTest extends WorkbenchTestCase {

	private final FreshIds ids = new FreshIds("690996");
	private final String suffix = "1" + ids.digits(5);
	private final String coop = Gln.partyUri(ids.gln());
	private final String mill = Gln.partyUri(ids.gln());
	private final String field = Gln.locationUri(ids.gln());
	private final String millSite = Gln.locationUri(ids.gln());
	private final String paddyGtin = ids.gtin();
	private final OffsetDateTime harvested = OffsetDateTime.now().minusDays(3).withNano(0);
	private ProductBatch batch;
	private EpcisEvent shipped;
	private WizardBot wizard;

	@Override
	protected void setUp() {
		store().masterData().register(
				List.of(new Party(coop, null, null, "合作社 C" + suffix, "Coop C" + suffix, "cooperative", "220581", false),
						new Party(mill, null, null, "米业 M" + suffix, "Mill M" + suffix, "processor", "220202", false)),
				List.of(new Location(field, "220581", "稻田 F" + suffix, "Field F" + suffix, null, null, false),
						new Location(millSite, "220202", "米厂 S" + suffix, "Mill S" + suffix, null, null, false)),
				List.of(new Product(paddyGtin, "水稻" + suffix, "Paddy " + suffix, "grain", false)));
		batch = new BatchValidator(Clock.systemDefaultZone()).validate(paddyGtin, "E" + suffix, "水稻",
				BigDecimal.valueOf(1000), "KGM", harvested.toLocalDate(), "220581");
		String paddy = Identifiers.lot(paddyGtin, "E" + suffix);
		store().importer().record(List.of(batch),
				StepEvents.harvest(harvested, paddy, BigDecimal.valueOf(1000), "KGM", field).build());
		shipped = StepEvents.shipping(harvested.plusDays(1), paddy, BigDecimal.valueOf(1000), "KGM",
				new StepEvents.Handover(coop, field, mill, millSite)).build();
		store().importer().record(shipped);
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
		wizard = WizardBot.openExport(ExportTraceWizard.ID, new StructuredSelection(batch));
		assertEquals(batch.traceCode(), wizard.text(ExportTracePage.FIELD_CODE), "the selected lot is proposed");
		assertTrue(wizard.text(ExportTracePage.FIELD_FILE).endsWith("E" + suffix + ".csv"),
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
		assertTrue(shipping.contains(",shipping,E" + suffix + ","), shipping);
		assertTrue(shipping.contains("C" + suffix) && shipping.contains("M" + suffix), "names both parties: " + shipping);
		assertTrue(shipping.endsWith(shipped.hashId() + "," + store().outbox().block(shipped.hashId())), shipping);
	}

	private TraceStore store() {
		return service(WorkspaceStore.class).get();
	}
}
