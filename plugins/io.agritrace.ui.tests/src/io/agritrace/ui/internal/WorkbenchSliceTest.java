package io.agritrace.ui.internal;

import static io.agritrace.tests.harness.UiTestSupport.assertNoModalShell;
import static io.agritrace.tests.harness.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

import io.agritrace.anchor.Verification;
import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainKeys;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.CustodyLedger;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.core.anchor.AnchorRecord;
import io.agritrace.core.demo.DemoDataSet;
import io.agritrace.core.epcis.EpcisDocumentReader;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;
import io.agritrace.ui.internal.chain.ChainSecrets;
import io.agritrace.ui.internal.editors.BatchEditor;
import io.agritrace.ui.internal.editors.BatchEditorInput;
import io.agritrace.ui.internal.handlers.CommandIds;
import io.agritrace.ui.internal.jobs.ExportTraceJob;
import io.agritrace.ui.internal.jobs.ImportEpcisJob;
import io.agritrace.ui.internal.preferences.ChainPreferencePage;
import io.agritrace.ui.internal.views.AnchorOutboxView;
import io.agritrace.ui.internal.views.BatchNavigatorView;

/**
 * The walking slice as a user meets it: an empty workspace invites to load demo
 * data, the navigator then lists the batches, and opening one shows its editor
 * with a chart. Runs on the UI thread of the real workbench (Tycho UI harness),
 * whose workspace starts empty; the order matters because they share it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchSliceTest {

	private static final long TIMEOUT_MS = 30_000;
	/** Starting anvil and deploying the contract comes first. */
	private static final long CHAIN_TIMEOUT_MS = 120_000;
	/** The local chain takes a few custody steps every run, each waiting for its block. */
	private static final long CUSTODY_TIMEOUT_MS = 600_000;

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void noDialogLeftOpen() {
		assertNoModalShell();
	}

	@Test
	@Order(1)
	void emptyWorkspaceInvitesDemoDataThenListsBatchesAndOpensAnEditorWithAChart() throws Exception {
		assertEquals(TraceabilityPerspective.ID, page.getPerspective().getId());
		BatchNavigatorView navigator = assertInstanceOf(BatchNavigatorView.class, page.findView(BatchNavigatorView.ID));
		waitForJobs(TIMEOUT_MS);
		assertTrue(navigator.showsEmptyPage(), "an empty workspace shows the demo invitation");
		screenshot("workbench-empty");

		execute(CommandIds.LOAD_DEMO_DATA);
		waitUntil("batches in the navigator", TIMEOUT_MS, () -> !navigator.showsEmptyPage());
		int rows = navigator.viewer().getTable().getItemCount();
		assertEquals(new DemoDataSet(Clock.systemDefaultZone()).batches().size(), rows);

		ProductBatch rice = (ProductBatch) navigator.viewer().getElementAt(0);
		assertEquals(Quantities.of(rice.quantity(), rice.unit()), navigator.viewer().getTable().getItem(0).getText(2),
				"the quantity column names the unit");
		String productName = AgriTraceUiPlugin.getDefault().store().get().masterData()
				.productName(rice.gtin().toString(), DisplayLanguage.current()).orElseThrow();
		assertEquals(productName, navigator.viewer().getTable().getItem(0).getText(0),
				"the product in the user's language, not the batch's bilingual name");
		assertEquals(productName, ((ColumnLabelProvider) navigator.viewer().getLabelProvider(0)).getToolTipText(rice),
				"a cut name shows whole on hover");
		assertTrue(navigator.viewer().getTable().isListening(SWT.MouseHover), "the table shows tool tips");
		navigator.viewer().setSelection(new StructuredSelection(rice), true);
		page.activate(navigator);
		execute(CommandIds.OPEN_BATCH);

		BatchEditor editor = assertInstanceOf(BatchEditor.class, page.getActiveEditor());
		assertEquals(rice.lot(), editor.getPartName());
		assertNotNull(editor.chartComposite());
		assertFalse(editor.chartComposite().isDisposed());
		waitUntil("the events-per-day chart", TIMEOUT_MS, () -> editor.chartDays() > 0);
		waitUntil("the trace timeline", TIMEOUT_MS, () -> editor.timelineRows() > 0);
		waitUntil("a chain state for the status bar", TIMEOUT_MS,
				() -> AgriTraceUiPlugin.getDefault().chainMonitor().last() != null);
		waitForJobs(TIMEOUT_MS);

		Path shot = screenshot("workbench");
		assertTrue(Files.size(shot) > 10_000, "screenshot has content");
	}

	@Test
	@Order(2)
	void loadingDemoDataTwiceAddsNothing() {
		BatchNavigatorView navigator = (BatchNavigatorView) page.findView(BatchNavigatorView.ID);
		execute(CommandIds.LOAD_DEMO_DATA);
		waitUntil("batches in the navigator", TIMEOUT_MS, () -> !navigator.showsEmptyPage());
		waitForJobs(TIMEOUT_MS);
		int before = navigator.viewer().getTable().getItemCount();
		execute(CommandIds.LOAD_DEMO_DATA);
		waitForJobs(TIMEOUT_MS);
		assertEquals(before, navigator.viewer().getTable().getItemCount());
	}

	@Test
	@Order(3)
	void importingGs1DocumentsInJsonLdAndXmlRunsAsJobsAndStoresTheirEvents() throws Exception {
		assertEquals(1, importInAJob(Path.of("resources/gs1-examples/Example_9.6.2-ObjectEvent.jsonld")));
		assertEquals(2, importInAJob(Path.of("../io.agritrace.core.tests/resources/hash-vectors/persistentDisposition.xml")));
	}

	/** Imports the document as the Import command does; returns how many events it added. */
	private static long importInAJob(Path document) throws Exception {
		assertTrue(Files.exists(document), document.toAbsolutePath().toString());
		long before = AgriTraceUiPlugin.getDefault().store().get().events().count();
		ImportEpcisJob job = new ImportEpcisJob(document);
		job.schedule();
		waitUntil("the import job", TIMEOUT_MS, () -> job.getResult() != null);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		return AgriTraceUiPlugin.getDefault().store().get().events().count() - before;
	}

	@Test
	@Order(4)
	void anExportedTraceHoldsTheTimelinesEventsWithTheirHashIds() throws Exception {
		ProductBatch batch = AgriTraceUiPlugin.getDefault().store().get().batches().list().get(0);
		Path file = Files.createTempFile("trace", ".jsonld");
		ExportTraceJob job = new ExportTraceJob(batch.code(), file);
		job.schedule();
		waitUntil("the export job", TIMEOUT_MS, () -> job.getResult() != null);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		List<String> expected = AgriTraceUiPlugin.getDefault().store().get().traces().trace(batch.code()).all().events()
				.stream().map(e -> e.hashId().toString()).toList();
		List<String> written = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); EpcisDocumentReader reader = new EpcisDocumentReader(in)) {
			reader.forEachRemaining(e -> written.add(e.hashId().toString()));
		}
		assertEquals(expected, written);
	}

	@Test
	@Order(5)
	void verifyOnChainShowsEveryEventOfTheTraceAnchoredByTheLocalChain() throws Exception {
		TraceStore store = AgriTraceUiPlugin.getDefault().store().get();
		waitUntil("the outbox anchored on the local chain", CHAIN_TIMEOUT_MS,
				() -> store.outbox().pending(1).isEmpty() && store.outbox().submitted().isEmpty());
		ProductBatch batch = store.batches().list().get(0);
		BatchEditor editor = (BatchEditor) page.openEditor(new BatchEditorInput(batch), BatchEditor.ID);
		waitUntil("the trace timeline", TIMEOUT_MS, () -> editor.timelineRows() > 0);
		execute(CommandIds.VERIFY_TRACE);
		waitUntil("every event verified", TIMEOUT_MS,
				() -> editor.rowsShowing(Verification.State.VERIFIED) == editor.timelineRows());
		waitForJobs(TIMEOUT_MS);
		assertEquals(editor.timelineRows(), editor.rowsShowing(Verification.State.VERIFIED),
				"still verified once every job has ended");
		screenshot("chain-verified");
	}

	/**
	 * On the managed local chain the application also hands lots over on chain
	 * as they are shipped whole and received; the Chain tab names the holder.
	 */
	@Test
	@Order(6)
	void theChainFollowsCustodyAndTheChainTabNamesTheLotsHolder() throws Exception {
		TraceStore store = AgriTraceUiPlugin.getDefault().store().get();
		waitUntil("every shipment and receipt synced to the local chain", CUSTODY_TIMEOUT_MS,
				() -> store.custodySteps().unsynced(1, 0).isEmpty());
		ProductBatch held = null;
		String holder = null;
		try (CustodyLedger custody = AgriTraceUiPlugin.getDefault().anchoring().orElseThrow().openCustody()) {
			for (ProductBatch batch : store.batches().list()) {
				byte[] key = custody.holder(batch.code());
				if (key != null) {
					held = batch;
					holder = store.masterData().parties().stream().filter(p -> Arrays.equals(ChainKeys.of(p.uri()), key))
							.map(p -> store.masterData().partyName(p.uri(), DisplayLanguage.current())).findFirst()
							.orElseThrow();
					break;
				}
			}
		}
		assertNotNull(held, "some lot was handed over on chain");
		BatchEditor editor = (BatchEditor) page.openEditor(new BatchEditorInput(held), BatchEditor.ID);
		waitUntil("the trace timeline", TIMEOUT_MS, () -> editor.timelineRows() > 0);
		execute(CommandIds.VERIFY_TRACE);
		String name = holder;
		waitUntil("the Chain tab names " + name, TIMEOUT_MS, () -> editor.chainTabText().contains(name));
		screenshot("chain-custody");
	}

	@Test
	@Order(7)
	void theAnchorOutboxViewCountsTheAnchoredEvents() throws Exception {
		AnchorOutboxView view = (AnchorOutboxView) page.findView(AnchorOutboxView.ID);
		assertNotNull(view, "the Traceability perspective shows the anchor outbox");
		long anchored = AgriTraceUiPlugin.getDefault().store().get().outbox().countsByState().get(OutboxState.ANCHORED);
		assertTrue(anchored > 0);
		waitUntil("the outbox view counts " + anchored + " anchored", TIMEOUT_MS,
				() -> view.shownCounts().getOrDefault(OutboxState.ANCHORED, 0L) == anchored);
		screenshot("outbox");
	}

	@Test
	@Order(8)
	void chainSecretsAreEncryptedAndTheChainPreferencePageOpens(@TempDir Path folder) throws Exception {
		Map<String, Object> options = Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master".toCharArray()),
				IProviderHints.PROMPT_USER, Boolean.FALSE);
		Path file = folder.resolve("secure_storage");
		ChainSecrets secrets = new ChainSecrets(SecurePreferencesFactory.open(file.toUri().toURL(), options));
		secrets.save("keystore-pass-123", "token-456");
		String onDisk = Files.readString(file);
		assertFalse(onDisk.contains("keystore-pass-123") || onDisk.contains("token-456"), onDisk);
		ChainSecrets reopened = new ChainSecrets(SecurePreferencesFactory.open(file.toUri().toURL(), options));
		assertEquals("keystore-pass-123", reopened.keystorePassword());
		assertEquals("token-456", reopened.bearerToken());

		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(),
				ChainPreferencePage.ID, new String[] { ChainPreferencePage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			screenshot("chain-preferences");
		} finally {
			dialog.close();
		}
	}

	/**
	 * Chain Settings switched to a Besu-like network (here a second anvil): the
	 * application signs with the keystore whose password it finds in secure
	 * storage, and the password is in no preference file.
	 */
	@Test
	@Order(9)
	void aNetworkConfiguredInThePreferencesGetsTheAnchorsSignedWithTheKeystore(@TempDir Path keys) throws Exception {
		AgriTraceUiPlugin plugin = AgriTraceUiPlugin.getDefault();
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ChainSettings.NODE);
		try (AnvilNode network = new AnvilNode()) {
			String recorder = AnvilNode.KEYS[2];
			Path keystore = keys.resolve(WalletUtils.generateWalletFile("keystore-pass-8",
					ECKeyPair.create(Numeric.toBigInt(recorder)), keys.toFile(), false));
			String contract;
			try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(network.url()), 1337, AnvilNode.KEYS[0])) {
				admin.grantRecorder(RegistryAdmin.addressOf(recorder), "urn:agritrace:test-network");
				contract = admin.contractAddress();
			}
			new ChainSecrets(SecurePreferencesFactory.getDefault()).save("keystore-pass-8", null);
			preferences.putBoolean(ChainSettings.KEY_MANAGED, false);
			preferences.put(ChainSettings.KEY_RPC_URL, network.url());
			preferences.put(ChainSettings.KEY_CHAIN_ID, "1337");
			preferences.put(ChainSettings.KEY_CONTRACT, contract);
			preferences.put(ChainSettings.KEY_KEYSTORE, keystore.toString());
			preferences.flush();

			TraceStore store = plugin.store().get();
			DemoDataSet later = new DemoDataSet(Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), ZoneOffset.ofHours(8)));
			store.save(later);
			plugin.restartAnchoring();
			waitUntil("the new events anchored on the configured network", CHAIN_TIMEOUT_MS,
					() -> store.outbox().pending(1).isEmpty() && store.outbox().submitted().isEmpty());

			try (AnchorLedger ledger = AnchorLedger.connect(ChainEndpoint.of(network.url()), 1337, contract, recorder)) {
				Map<EventHashId, AnchorRecord> found = ledger.anchors(later.events().stream().map(e -> e.hashId()).toList());
				assertEquals(later.events().size(), found.size());
				assertTrue(found.values().stream().allMatch(a -> a.recorder().equalsIgnoreCase(RegistryAdmin.addressOf(recorder))));
			}
			Path settings = WorkspaceStore.workspace().resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings")
					.resolve(ChainSettings.NODE + ".prefs");
			assertFalse(Files.readString(settings).contains("keystore-pass-8"), "the password stays in secure storage");
		} finally {
			preferences.clear();
			preferences.flush();
			plugin.restartAnchoring();
		}
	}

	/** Someone deletes a receipt from the database: the chain still holds its anchor, and the Chain tab says so. */
	@Test
	@Order(10)
	void anEventDeletedFromTheDatabaseShowsAsMissingHere() throws Exception {
		AgriTraceUiPlugin plugin = AgriTraceUiPlugin.getDefault();
		waitUntil("the managed local chain connected again", CHAIN_TIMEOUT_MS, () -> {
			try (AnchorLedger ledger = plugin.anchoring().orElseThrow().openLedger()) {
				return true;
			} catch (ChainException e) {
				return false;
			}
		});
		TraceStore store = plugin.store().get();
		String lot = store.inTransaction(c -> {
			try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT e.id, i.item FROM epcis_event e "
					+ "JOIN event_item i ON i.event_id = e.id JOIN product_batch b ON b.code = i.item "
					+ "WHERE e.biz_step = 'receiving' ORDER BY e.id LIMIT 1")) {
				r.next();
				long id = r.getLong(1);
				String item = r.getString(2);
				for (String table : new String[] { "event_item", "anchor_outbox", "custody_synced", "epcis_event" }) {
					s.executeUpdate("DELETE FROM " + table + " WHERE " + (table.equals("epcis_event") ? "id" : "event_id")
							+ " = " + id);
				}
				return item;
			}
		});
		ProductBatch batch = store.batches().list().stream().filter(b -> b.code().equals(lot)).findFirst().orElseThrow();
		BatchEditor editor = (BatchEditor) page.openEditor(new BatchEditorInput(batch), BatchEditor.ID);
		waitUntil("the trace timeline", TIMEOUT_MS, () -> editor.timelineRows() > 0);
		execute(CommandIds.VERIFY_TRACE);
		waitUntil("the deleted receipt shown as missing here", TIMEOUT_MS,
				() -> editor.rowsShowing(Verification.State.NOT_IN_DATABASE) == 1);
		screenshot("chain-missing");
	}

	private void execute(String commandId) {
		try {
			page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError(commandId + " failed", e);
		}
	}
}
