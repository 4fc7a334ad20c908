package io.agritrace.ui.internal;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.service.Quantities;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.editors.BatchEditorBot;
import io.agritrace.ui.internal.editors.WelcomeEditor;
import io.agritrace.ui.internal.views.NavigatorBot;
import io.agritrace.ui.internal.wizards.RegisterPartyWizard;

/**
 * The first minutes of a newcomer, in a workspace of its own (its own test
 * run): an empty workspace invites to load demo data, the navigator then lists
 * the batches, and opening one shows its editor with a chart.
 */
class EmptyWorkspaceTest extends WorkbenchTestCase {

	@Test
	void emptyWorkspaceInvitesDemoDataThenListsBatchesAndOpensAnEditorWithAChart() throws Exception {
		assertEquals(TraceabilityPerspective.ID, page.getPerspective().getId());
		// The blank grey editor area: a welcome page names the next steps, each a link.
		WelcomeEditor.openIfEmpty(page, service(WorkspaceStore.class));
		waitUntil("the welcome page", TIMEOUT_MS, () -> page.getActiveEditor() instanceof WelcomeEditor);
		List<String> steps = Widgets.all(Widgets.of(page.getActiveEditor()), Hyperlink.class).stream().map(Hyperlink::getText)
				.toList();
		assertEquals(5, steps.size(), String.valueOf(steps));
		assertEquals(io.agritrace.ui.internal.editors.Messages.Welcome_demo, steps.get(0));
		screenshot("welcome");
		NavigatorBot navigator = NavigatorBot.show(page);
		assertTrue(navigator.showsInvitation(), "an empty workspace shows the demo invitation");
		screenshot("workbench-empty");
		NavigatorBot.Registering registering = navigator.registerOrganisation();
		assertInstanceOf(RegisterPartyWizard.class, registering.wizard(), "it also asks whom the workspace records for");
		assertTrue(registering.ticked(), "the first organisation registered is proposed as the one the workspace records for");

		navigator.loadDemoData();
		waitUntil("the welcome page closed by the records' arrival", TIMEOUT_MS,
				() -> Arrays.stream(page.getEditorReferences()).noneMatch(e -> e.getId().equals(WelcomeEditor.ID)));
		assertEquals(new DemoDataSet(Clock.systemDefaultZone()).batches().size(), navigator.rows());
		ProductBatch rice = navigator.batch(0);
		assertEquals(Quantities.of(rice.quantity(), rice.unit(), WorkbenchLanguage.current()), navigator.cell(0, 3),
				"the quantity column names the unit");
		String productName = service(WorkspaceStore.class).get().masterData()
				.productName(rice.gtin().toString(), WorkbenchLanguage.current()).orElseThrow();
		assertEquals(productName, navigator.cell(0, 0), "the product in the user's language, not the batch's bilingual name");
		assertTrue(navigator.toolTip(0, 0).startsWith(productName + '\n'), "a cut name shows whole on hover");
		assertTrue(navigator.showsToolTips(), "the table shows tool tips");

		BatchEditorBot editor = navigator.open(0).loaded();
		assertEquals(rice.lot(), editor.title());
		assertTrue(editor.showsChart());
		waitForJobs(TIMEOUT_MS);
		Path shot = screenshot("workbench");
		assertTrue(Files.size(shot) > 10_000, "screenshot has content");
		page.closeAllEditors(false);
		WelcomeEditor.openIfEmpty(page, service(WorkspaceStore.class));
		waitForJobs(TIMEOUT_MS);
		assertEquals(0, page.getEditorReferences().length, "a workspace with records opens no welcome page");
	}

	/**
	 * The "Harvest……" (six dots): every menu item's label ends with one
	 * ellipsis at most, Eclipse's "..." in English and "…" in Chinese; Window
	 * offers Reset Perspective.
	 */
	@Test
	void everyMenuItemEndsWithOneEllipsisInTheUsersWriting() {
		boolean chinese = DisplayLanguage.isChinese(WorkbenchLanguage.current());
		List<String> labels = MenuLabels.of(page.getWorkbenchWindow().getShell().getMenuBar());
		assertTrue(labels.size() > 20, String.valueOf(labels));
		for (String label : labels) {
			assertFalse(label.matches(".*(\\.\\.\\.\\.|…\\.|\\.…|……).*"), "two ellipses: " + label);
			// The test runtime adds platform menus the product lacks (Open File...): in Chinese, ours are the Chinese ones.
			boolean ours = !chinese || label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			assertFalse(ours && label.contains(chinese ? "..." : "…"), "the other language's ellipsis: " + label);
		}
		String reset = Platform.getResourceBundle(FrameworkUtil.getBundle(TraceabilityPerspective.class))
				.getString("command.resetPerspective");
		assertTrue(labels.contains(reset), reset + " in " + labels);
	}

	/**
	 * The English Security and Secure Storage pages: Preferences leaves
	 * them out and shows AgriTrace's pages in the user's language; secure
	 * storage still keeps secrets.
	 */
	@Test
	void preferencesShowOnlyAgriTracesPagesAndSecureStorageStillWorks() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(), null, null,
				null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			processEvents();
			List<String> pages = Widgets.all(dialog.getShell(), Tree.class).stream()
					.flatMap(tree -> MenuLabels.items(tree).stream()).toList();
			assertFalse(pages.isEmpty());
			assertFalse(pages.stream().anyMatch(p -> p.contains("Secur")), String.valueOf(pages));
			// AgriTrace's pages in the user's language (the test runtime adds platform pages the product lacks).
			ResourceBundle texts = Platform.getResourceBundle(FrameworkUtil.getBundle(TraceabilityPerspective.class));
			for (String key : List.of("preferences.general", "preferences.database", "preferences.organisation")) {
				assertTrue(pages.contains(texts.getString(key)), texts.getString(key) + " in " + pages);
			}
			screenshot("preferences");
		} finally {
			dialog.close();
		}
		ISecurePreferences node = SecurePreferencesFactory.getDefault().node("io.agritrace.ui.tests");
		node.put("probe", "kept", true);
		assertEquals("kept", node.get("probe", null));
		node.removeNode();
	}

	/** The platform's words in our dialogs and wizards come in Chinese too (our NLS fragments; Babel is on p2 only). */
	@Test
	void thePlatformsButtonsSpeakTheUsersLanguage() {
		boolean chinese = DisplayLanguage.isChinese(WorkbenchLanguage.current());
		assertEquals(chinese ? "\u5b8c\u6210(&F)" : "&Finish", JFaceResources.getString("finish"));
		assertEquals(chinese ? "\u53d6\u6d88" : "Cancel", IDialogConstants.CANCEL_LABEL);
		assertEquals(chinese ? "\u5e94\u7528\u5e76\u5173\u95ed" : "Apply and Close",
				JFaceResources.getString("PreferencesDialog.okButtonLabel"));
	}
}
