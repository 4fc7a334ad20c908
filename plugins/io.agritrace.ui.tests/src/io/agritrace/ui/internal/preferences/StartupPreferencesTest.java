package io.agritrace.ui.internal.preferences;

import static io.agritrace.tests.harness.ui.UiTestSupport.press;
import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.StartupSettings;

/** Window > Preferences > General and Database: settings that the next start applies. */
class StartupPreferencesTest extends WorkbenchTestCase {

	@TempDir
	Path elsewhere;

	@Override
	protected List<String> preferenceNodes() {
		return List.of(StartupSettings.NODE);
	}

	/** The ./agritrace script reads the language from this file and starts with -nl (product/scripts/common.sh). */
	@Test
	void theChosenLanguageIsWrittenWhereTheLauncherReadsIt() throws Exception {
		PreferenceDialog dialog = open(GeneralPreferencePage.ID);
		GeneralPreferencePage general = (GeneralPreferencePage) dialog.getSelectedPage();
		boolean runningInChinese = Locale.getDefault().getLanguage().equals("zh");
		choose(general, runningInChinese ? Messages.GeneralPreferences_english : Messages.GeneralPreferences_chinese);
		assertTrue(general.offersRestart(), "another language than the running one needs a restart");
		assertTrue(general.formats().contains(runningInChinese ? "50,161.5" : "\u5e74"), "dates as the chosen language writes them: "
				+ general.formats());
		screenshot("preferences-general");
		assertTrue(press(dialog.getShell(), IDialogConstants.OK_ID));

		Path prefs = WorkspaceStore.workspace().resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings")
				.resolve(StartupSettings.NODE + ".prefs");
		assertTrue(Files.readAllLines(prefs).contains("language=" + (runningInChinese ? "en" : "zh")),
				"the launcher's contract: " + Files.readAllLines(prefs));
	}

	@Test
	void aDatabaseUrlIsCheckedAsTypedTestedInAJobAndOpenedFromTheNextStart() throws Exception {
		PreferenceDialog dialog = open(DatabasePreferencePage.ID);
		DatabasePreferencePage database = (DatabasePreferencePage) dialog.getSelectedPage();
		database.chooseUrl("jdbc:postgresql://localhost/agritrace");
		assertEquals(NLS.bind(Messages.DatabasePreferences_notH2, "jdbc:postgresql://localhost/agritrace"),
				database.getErrorMessage());
		assertFalse(database.isValid(), "OK waits for a valid URL");
		database.chooseUrl("jdbc:h2:file:/tmp/x;USER=sa;PASSWORD=secret");
		assertEquals(Messages.DatabasePreferences_password, database.getErrorMessage());

		String url = "jdbc:h2:file:" + elsewhere.resolve("agritrace");
		database.chooseUrl(url);
		assertNull(database.getErrorMessage());
		database.testNow();
		String testing = NLS.bind(Messages.DatabasePreferences_testing, url);
		waitUntil("the connection test", TIMEOUT_MS, () -> !database.result().equals(testing));
		assertEquals(NLS.bind(Messages.DatabasePreferences_connected, new Object[] { schemaVersion(url), 0, 0 }),
				database.result());
		screenshot("preferences-database");
		assertTrue(press(dialog.getShell(), IDialogConstants.OK_ID));
		assertEquals(url, StartupSettings.databaseUrl());
		if (System.getProperty(TraceStore.JDBC_URL_PROPERTY) == null) {
			assertEquals(url, WorkspaceStore.jdbcUrl(), "the next start opens it");
		}
	}

	private static int schemaVersion(String url) {
		try (TraceStore store = TraceStore.open(url)) {
			return store.schemaVersion();
		}
	}

	private PreferenceDialog open(String pageId) {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(), pageId,
				new String[] { pageId }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static void choose(GeneralPreferencePage general, String item) {
		general.language().select(general.language().indexOf(item));
		general.language().notifyListeners(SWT.Selection, new Event());
	}
}
