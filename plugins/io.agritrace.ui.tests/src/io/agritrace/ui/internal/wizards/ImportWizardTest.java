package io.agritrace.ui.internal.wizards;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.csv.EventsCsv;
import io.agritrace.core.epcis.EpcisDocumentWriter;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.JobFamilies;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * File > Import with a partner's document: the preview lists a rule-breaking
 * event and a schema error before anything is written; a strict import is
 * refused, a flagging one stores the document.
 */
class ImportWizardTest extends WorkbenchTestCase {

	private final FreshIds ids = new FreshIds("690995");
	private PaddyChain chain;
	private WizardBot wizard;

	@Override
	protected void setUp() {
		chain = new PaddyChain(ids, "I", store());
		chain.ship(store());
		chain.receive(store());
	}

	@Override
	protected void tearDown() {
		if (wizard != null && wizard.isOpen()) {
			wizard.cancel();
		}
	}

	@Test
	void thePreviewListsEveryProblemThenAStrictImportIsRefusedAndAFlaggingOneStoresTheDocument(@TempDir Path folder)
			throws Exception {
		// The cooperative ships the lot again, though the mill holds it now: a broken custody rule.
		EpcisEvent shippedAgain = StepEvents.shipping(chain.harvested.plusDays(2), chain.paddy, BigDecimal.TEN, "KGM",
				new StepEvents.Handover(chain.coop, chain.field, chain.mill, chain.millSite)).build();
		EpcisEvent inspected = StepEvents.inspecting(chain.harvested.plusDays(2), chain.paddy, BigDecimal.ONE, "KGM",
				chain.millSite, true, null).build();
		Path document = write(folder.resolve("partner.jsonld"), shippedAgain, inspected);
		long before = store().events().count();

		wizard = preview(document);
		assertEquals(NLS.bind(Messages.ImportWizard_summary, new Object[] { 2, 1, 0 }), summary(wizard));
		assertEquals(1, problemRows(wizard));
		assertNull(wizard.error());
		assertTrue(wizard.canFinish());
		screenshot("wizard-import-preview");

		wizard.back().choose(ImportFilePage.FIELD_MODE, Messages.ImportWizard_strict).next();
		assertEquals(NLS.bind(Messages.ImportWizard_strictRefuses, 1), wizard.error());
		assertFalse(wizard.canFinish());
		assertEquals(before, store().events().count(), "the preview writes nothing");

		wizard.back().choose(ImportFilePage.FIELD_MODE, Messages.ImportWizard_flag).next();
		wizard.finish();
		assertFalse(wizard.isOpen());
		waitForJobs(JobFamilies.IMPORT, TIMEOUT_MS);
		waitForDialog().close();
		assertEquals(before + 2, store().events().count());
		assertTrue(store().traces().trace(chain.paddy).findings().stream()
				.anyMatch(w -> w.messages().stream().anyMatch(m -> m.code().equals("Rule_notHolder"))),
				"the rule-breaking event is stored flagged");
	}

	@Test
	void aSchemaErrorIsListedWithItsPathAndNothingCanBeImported(@TempDir Path folder) throws Exception {
		EpcisEvent inspected = StepEvents.inspecting(chain.harvested.plusDays(2), chain.paddy, BigDecimal.ONE, "KGM",
				chain.millSite, true, null).build();
		Path document = write(folder.resolve("broken.jsonld"), inspected);
		Files.writeString(document, Files.readString(document).replace("\"OBSERVE\"", "\"LOOK\""));
		long before = store().events().count();

		wizard = preview(document);
		assertEquals(Messages.ImportWizard_refused, summary(wizard));
		assertEquals(Messages.ImportWizard_fatal, wizard.error());
		assertEquals(1, problemRows(wizard));
		assertFalse(wizard.canFinish());
		screenshot("wizard-import-refused");
		assertEquals(before, store().events().count());
	}

	/** The issue: no bulk entry. A day's shipments and receipts as a CSV: each row checked in place, all stored or none. */
	@Test
	void aDaysShipmentsAndReceiptsFromACsvAreCheckedRowByRowThenStoredTogether(@TempDir Path folder) throws Exception {
		String lot = chain.lot + "B";
		chain.harvestAnother(store(), lot);
		String shipped = row("shipping", lot, "600", chain.harvested.plusDays(1));
		String received = row("receiving", lot, "600", chain.harvested.plusDays(1).plusHours(3));
		String tooMuch = row("shipping", lot, "500", chain.harvested.plusDays(2));
		Path day = folder.resolve("day.csv");
		Files.writeString(day, EventsCsv.COLUMNS.stream().collect(Collectors.joining(",")) + "\n" + shipped + received + tooMuch);
		long before = store().events().count();

		wizard = preview(day);
		assertEquals(Messages.ImportWizard_refused, summary(wizard));
		assertEquals(1, problemRows(wizard), "only 400 kg are left for the third row");
		assertEquals(NLS.bind(Messages.ImportWizard_line, 4), Widgets.first(preview(wizard), Table.class, t -> true).getItem(0).getText(0));
		assertFalse(wizard.canFinish());
		screenshot("wizard-import-events-csv-refused");
		assertEquals(before, store().events().count(), "the preview writes nothing");

		Path corrected = folder.resolve("day-corrected.csv");
		Files.writeString(corrected, EventsCsv.COLUMNS.stream().collect(Collectors.joining(",")) + "\n" + shipped + received);
		wizard.back().type(ImportFilePage.FIELD_FILE, corrected.toString()).next();
		waitUntil("the new preview", TIMEOUT_MS, () -> problemRows(wizard) == 0);
		assertEquals(NLS.bind(Messages.ImportWizard_summary, new Object[] { 2, 0, 0 }), summary(wizard));
		screenshot("wizard-import-events-csv");
		wizard.finish();
		waitForJobs(JobFamilies.IMPORT, TIMEOUT_MS);
		waitForDialog().close();
		assertEquals(before + 2, store().events().count());
		assertTrue(store().holdings().all().onHand().stream()
				.anyMatch(s -> s.item().endsWith("/10/" + lot) && chain.mill.equals(s.party())), "the mill holds what it received");
	}

	/**
	 * The "第 3 行：quantity：…" with an empty Where column: a row that
	 * cannot be read is listed as one that breaks a rule, its line in the Where
	 * column in either language, what is wrong beside it.
	 */
	@Test
	void aRowThatCannotBeReadIsListedWithItsLineInTheWhereColumn(@TempDir Path folder) throws Exception {
		Path day = csv(folder.resolve("bad.csv"), row("shipping", chain.lot, "100", chain.harvested.plusDays(1)),
				row("shipping", chain.lot, "-4", chain.harvested.plusDays(1)));

		wizard = preview(day);
		assertEquals(Messages.ImportWizard_refused, summary(wizard));
		assertEquals(1, problemRows(wizard));
		assertEquals(NLS.bind(Messages.ImportWizard_line, 3), cell(wizard, 0));
		EventsCsv.Result read;
		try (BufferedReader in = Files.newBufferedReader(day)) {
			read = EventsCsv.read(in, WorkspaceZone.clock());
		}
		assertEquals(read.errors().get(0).problem().text(WorkbenchLanguage.current()), problem(wizard).getText(1));
		assertFalse(wizard.canFinish());
		screenshot("wizard-import-events-csv-bad-row");
	}

	/** A CSV row moving the lot from the cooperative's field to the mill's site. */
	private String row(String step, String lot, String kg, OffsetDateTime at) {
		return row(step, lot, kg, chain.coop, chain.field, chain.mill, chain.millSite, at);
	}

	/** A CSV row moving the lot from one party's site to another's. */
	private String row(String step, String lot, String kg, String from, String fromSite, String to, String toSite,
			OffsetDateTime at) {
		return String.join(",", step, chain.paddyGtin, lot, kg, "KGM", gln(from), gln(fromSite), gln(to), gln(toSite),
				at.toString()) + "\n";
	}

	/** A day's CSV of these rows, under its header. */
	private static Path csv(Path file, String... rows) throws Exception {
		return Files.writeString(file, String.join(",", EventsCsv.COLUMNS) + "\n" + String.join("", rows));
	}

	/** The first row of the preview's table of problems. */
	private static TableItem problem(WizardBot bot) {
		return Widgets.first(preview(bot), Table.class, t -> true).getItem(0);
	}

	/** A column of the first problem: 0 where, 1 the rule. */
	private static String cell(WizardBot bot, int column) {
		return problem(bot).getText(column);
	}

	private static String gln(String uri) {
		return uri.substring(uri.lastIndexOf('/') + 1);
	}

	private WizardBot preview(Path document) {
		WizardBot bot = WizardBot.openImport(ImportWizard.ID).type(ImportFilePage.FIELD_FILE, document.toString());
		assertNull(bot.error());
		bot.next();
		waitUntil("the preview", TIMEOUT_MS, () -> !summary(bot).isEmpty() || bot.error() != null);
		return bot;
	}

	/** What the preview page says of the document. */
	private static String summary(WizardBot bot) {
		return Widgets.first(preview(bot), Label.class, l -> true).getText();
	}

	/** The rows of the preview's table of problems. */
	private static int problemRows(WizardBot bot) {
		return Widgets.first(preview(bot), Table.class, t -> true).getItemCount();
	}

	private static Composite preview(WizardBot bot) {
		return (Composite) bot.page(ImportPreviewPage.class).getControl();
	}

	private static Path write(Path file, EpcisEvent... events) throws Exception {
		try (OutputStream out = Files.newOutputStream(file);
				EpcisDocumentWriter writer = new EpcisDocumentWriter(out, Map.of(), Instant.now())) {
			Arrays.stream(events).forEach(writer::write);
		}
		return file;
	}

	/** The import's closing message, which the workbench shows once the Job is done. */
	private static MessageDialog waitForDialog() {
		waitUntil("the import's message", TIMEOUT_MS, () -> dialog() != null);
		return dialog();
	}

	private static MessageDialog dialog() {
		return Arrays.stream(Display.getCurrent().getShells()).filter(s -> s.getData() instanceof MessageDialog)
				.map(s -> (MessageDialog) s.getData()).findFirst().orElse(null);
	}

	private TraceStore store() {
		return service(WorkspaceStore.class).get();
	}
}
