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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.csv.EventsCsv;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisDocumentWriter;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.text.Times;
import io.agritrace.service.Naming;
import io.agritrace.service.Quantities;
import io.agritrace.service.StepNames;
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

		read(wizard.back().choose(ImportFilePage.FIELD_MODE, Messages.ImportWizard_strict).next());
		assertEquals(Messages.ImportWizard_strictRefusesOne, wizard.error(), "one event breaks a rule");
		assertFalse(wizard.canFinish());
		assertEquals(before, store().events().count(), "the preview writes nothing");

		read(wizard.back().choose(ImportFilePage.FIELD_MODE, Messages.ImportWizard_flag).next());
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

	/**
	 * The issue: no bulk entry. A day's shipments and receipts as a CSV: each row checked in place, all stored or none.
	 * The newcomer's stale preview: the file corrected on disk is read again on Back and Next; and what it would
	 * record is listed row by row, by name, not only counted.
	 */
	@Test
	void aDaysShipmentsAndReceiptsFromACsvAreCheckedRowByRowThenStoredTogether(@TempDir Path folder) throws Exception {
		String lot = chain.lot + "B";
		chain.harvestAnother(store(), lot);
		OffsetDateTime shippedAt = chain.harvested.plusDays(1);
		String shipped = row("shipping", lot, "600", shippedAt);
		String received = row("receiving", lot, "600", chain.harvested.plusDays(1).plusHours(3));
		String tooMuch = row("shipping", lot, "500", chain.harvested.plusDays(2));
		Path day = csv(folder.resolve("day.csv"), shipped, received, tooMuch);
		long before = store().events().count();

		wizard = preview(day);
		assertEquals(Messages.ImportWizard_refused, summary(wizard));
		assertEquals(1, problemRows(wizard), "only 400 kg are left for the third row");
		assertEquals(NLS.bind(Messages.ImportWizard_line, 4), cell(wizard, 0));
		assertEquals(Messages.ImportWizard_fatal, wizard.error(), "one rule listed");
		assertFalse(wizard.canFinish());
		screenshot("wizard-import-events-csv-refused");
		assertEquals(before, store().events().count(), "the preview writes nothing");

		csv(day, shipped, received);
		read(wizard.back().next());
		assertEquals(0, problemRows(wizard), "the file as it is now on disk");
		assertEquals(NLS.bind(Messages.ImportWizard_summary, new Object[] { 2, 0, 0 }), summary(wizard));
		Table entries = shownTable(wizard);
		assertEquals(2, entries.getItemCount(), "each row it would record");
		TableItem first = entries.getItem(0);
		Naming naming = new Naming(store(), WorkbenchLanguage.current());
		assertEquals(NLS.bind(Messages.ImportWizard_line, 2), first.getText(0));
		assertEquals(StepNames.of(BizSteps.SHIPPING, WorkbenchLanguage.current()), first.getText(1));
		assertTrue(first.getText(2).contains(lot), first.getText(2));
		assertEquals(Quantities.of(BigDecimal.valueOf(600), "KGM", WorkbenchLanguage.current()), first.getText(3),
				"the unit in words");
		assertTrue(first.getText(4).contains(naming.party(chain.coop)) && first.getText(4).contains(naming.party(chain.mill))
				&& !first.getText(4).contains("https://"), first.getText(4));
		assertEquals(Times.format(shippedAt, WorkspaceZone.zone()), first.getText(5));
		assertEquals(StepNames.of(BizSteps.RECEIVING, WorkbenchLanguage.current()), entries.getItem(1).getText(1));
		// The time lost its last digit in Chinese, the parties were cut in English: each column fits its texts.
		assertEquals(List.of(), cut(entries), "every cell whole");
		assertTrue(wizard.belowPages() <= 10, "nothing but spacing under the page: " + wizard.belowPages() + " px");
		assertEquals(List.of("step", "time"), List.of(entries.getColumn(1).getToolTipText(), entries.getColumn(5).getToolTipText()),
				"the CSV's own column names in the headings' tooltips");
		screenshot("wizard-import-events-csv");
		wizard.finish();
		waitForJobs(JobFamilies.IMPORT, TIMEOUT_MS);
		waitForDialog().close();
		assertEquals(before + 2, store().events().count());
		assertTrue(store().holdings().all().onHand().stream()
				.anyMatch(s -> s.item().endsWith("/10/" + lot) && chain.mill.equals(s.party())), "the mill holds what it received");
	}

	/**
	 * The newcomer's two passes: a row with a bad date or unit hid another row's
	 * broken rule (999,999 kg of a lot that holds less) until it was fixed. Every
	 * problem shows at once, in the file's order; a row that follows an unreadable
	 * row of its lot is not judged without it (the mill would seem to ship what
	 * it never received).
	 */
	@Test
	void rowsThatCannotBeReadAndRulesBrokenByOthersAreListedTogether(@TempDir Path folder) throws Exception {
		String big = chain.lot + "P";
		chain.harvestAnother(store(), big);
		String moved = chain.lot + "Q";
		chain.harvestAnother(store(), moved);
		OffsetDateTime at = chain.harvested.plusDays(1);
		Path day = csv(folder.resolve("day.csv"), row("shipping", big, "999999", at),
				row("shipping", moved, "600", at),
				line("receiving", moved, "600", "KGM", chain.coop, chain.field, chain.mill, chain.millSite, "2026-13-45 08:30"),
				row("shipping", moved, "600", chain.mill, chain.millSite, chain.coop, chain.field, at.plusHours(5)),
				line("shipping", big, "10", "lbs", chain.coop, chain.field, chain.mill, chain.millSite, at.toString()));

		wizard = preview(day);
		assertEquals(Messages.ImportWizard_refused, summary(wizard));
		Table problems = shownTable(wizard);
		assertEquals(3, problems.getItemCount(), "the mill's shipment after its unreadable receipt is not judged");
		assertEquals(Stream.of(2, 4, 6).map(n -> NLS.bind(Messages.ImportWizard_line, n)).toList(),
				Arrays.stream(problems.getItems()).map(i -> i.getText(0)).toList());
		String rule = problems.getItem(0).getText(1);
		assertTrue(rule.contains("999,999") && rule.contains("1,000"), "grouped in thousands: " + rule);
		assertEquals(NLS.bind(Messages.ImportWizard_fatalMany, 3), wizard.error(), "several rules listed");
		assertFalse(wizard.canFinish());
		screenshot("wizard-import-events-csv-all-problems");
	}

	/**
	 * The issue's "第 3 行：quantity：…" with an empty Where column: a row that
	 * cannot be read is listed as one that breaks a rule, its line in the Where
	 * column in either language, what is wrong beside it.
	 */
	@Test
	void aRowThatCannotBeReadIsListedWithItsLineInTheWhereColumn(@TempDir Path folder) throws Exception {
		String lot = chain.lot + "R";
		chain.harvestAnother(store(), lot);
		Path day = csv(folder.resolve("bad.csv"), row("shipping", lot, "100", chain.harvested.plusDays(1)),
				row("shipping", lot, "-4", chain.harvested.plusDays(1)));

		wizard = preview(day);
		assertEquals(Messages.ImportWizard_refused, summary(wizard));
		assertEquals(1, problemRows(wizard));
		assertEquals(NLS.bind(Messages.ImportWizard_line, 3), cell(wizard, 0));
		assertEquals(Messages.ImportWizard_fatal, wizard.error());
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
		return line(step, lot, kg, "KGM", from, fromSite, to, toSite, at.toString());
	}

	/** A CSV row as typed, whatever its unit and time say. */
	private String line(String step, String lot, String kg, String unit, String from, String fromSite, String to,
			String toSite, String time) {
		return String.join(",", step, chain.paddyGtin, lot, kg, unit, gln(from), gln(fromSite), gln(to), gln(toSite), time)
				+ "\n";
	}

	/** A day's CSV of these rows, under its header. */
	private static Path csv(Path file, String... rows) throws Exception {
		return Files.writeString(file, String.join(",", EventsCsv.COLUMNS) + "\n" + String.join("", rows));
	}

	/** The preview's table that shows: its problems, or what a good CSV would record. */
	private static Table shownTable(WizardBot bot) {
		return Widgets.first(preview(bot), Table.class, Table::getVisible);
	}

	/** The cells of a table whose text needs more than its column's width, and that width. */
	private static List<String> cut(Table table) {
		GC gc = new GC(table);
		try {
			List<String> cut = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				for (int i = 0; i < table.getColumnCount(); i++) {
					// A few pixels for the cell's own margins.
					if (gc.textExtent(item.getText(i)).x + 4 > table.getColumn(i).getWidth()) {
						cut.add(item.getText(i) + " in " + table.getColumn(i).getWidth() + " px");
					}
				}
			}
			return cut;
		} finally {
			gc.dispose();
		}
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
		return read(bot.next());
	}

	/** Waits for the preview page, just entered, to have read the file. */
	private static WizardBot read(WizardBot bot) {
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
