package io.agritrace.ui.internal.preferences;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.text.Times;
import io.agritrace.service.CreditSettings;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.PreferenceDialogBot;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.StartupSettings;

/** Window > Preferences > General and Database: settings that the next start applies. */
class StartupPreferencesTest extends WorkbenchTestCase {

	@TempDir
	Path elsewhere;

	@Override
	protected List<String> preferenceNodes() {
		return List.of(StartupSettings.NODE, CreditSettings.NODE);
	}

	/**
	 * The workspace's zone: Jilin's by default, chosen by its name in the reader's words (never its ID), applied at once,
	 * restored by Restore Defaults.
	 */
	@Test
	void theTimeZoneIsChosenByNameAndAppliesAtOnce() throws Exception {
		assertEquals(Times.DEFAULT_ZONE, WorkspaceZone.zone());
		// Neither zone has summer time: their names and offsets are the same at any moment.
		Instant winter = Instant.parse("2026-12-01T00:00:00Z");
		String china = Times.zone(Times.DEFAULT_ZONE, winter, WorkbenchLanguage.current());
		String japan = Times.zone(ZoneId.of("Asia/Tokyo"), winter, WorkbenchLanguage.current());
		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), GeneralPreferencePage.ID)) {
			Combo zone = dialog.combo(Messages.GeneralPreferences_zone);
			Label sample = Widgets.next(zone, Label.class);
			assertEquals(china, zone.getText());
			assertTrue(Arrays.stream(zone.getItems()).noneMatch(item -> item.contains("/")), "names, not IDs");
			assertTrue(sample.getText().contains("+08:00"), sample.getText());
			Widgets.select(zone, japan);
			assertTrue(sample.getText().contains("+09:00"), sample.getText());
			screenshot("preferences-general-zone");
			assertTrue(dialog.ok());
		}
		assertEquals(ZoneId.of("Asia/Tokyo"), WorkspaceZone.zone());
		assertEquals(ZoneId.of("Asia/Tokyo"), service(WorkspaceStore.class).get().clock().getZone(), "the store follows at once");
		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), GeneralPreferencePage.ID)) {
			dialog.restoreDefaults();
			assertEquals(china, dialog.combo(Messages.GeneralPreferences_zone).getText());
		}
	}

	/** The ./agritrace script reads the language from this file and starts with -nl (product/scripts/common.sh). */
	@Test
	void theChosenLanguageIsWrittenWhereTheLauncherReadsIt() throws Exception {
		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), GeneralPreferencePage.ID)) {
			boolean runningInChinese = Locale.getDefault().getLanguage().equals("zh");
			Combo language = dialog.combo(Messages.GeneralPreferences_language);
			Widgets.select(language, runningInChinese ? Messages.GeneralPreferences_english : Messages.GeneralPreferences_chinese);
			assertTrue(dialog.button(Messages.GeneralPreferences_restart).isEnabled(),
					"another language than the running one needs a restart");
			String formats = Widgets.next(language, Label.class).getText();
			assertTrue(formats.contains(runningInChinese ? "50,161.5" : "\u5e74"), "dates as the chosen language writes them: "
					+ formats);
			screenshot("preferences-general");
			assertTrue(dialog.ok());

			Path prefs = WorkspaceStore.workspace().resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings")
					.resolve(StartupSettings.NODE + ".prefs");
			assertTrue(Files.readAllLines(prefs).contains("language=" + (runningInChinese ? "en" : "zh")),
					"the launcher's contract: " + Files.readAllLines(prefs));
		}
	}

	@Test
	void aDatabaseUrlIsCheckedAsTypedTestedInAJobAndOpenedFromTheNextStart() throws Exception {
		String url = "jdbc:h2:file:" + elsewhere.resolve("agritrace");
		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), DatabasePreferencePage.ID)) {
			chooseUrl(dialog, "jdbc:postgresql://localhost/agritrace");
			assertEquals(NLS.bind(Messages.DatabasePreferences_notH2, "jdbc:postgresql://localhost/agritrace"),
					dialog.page().getErrorMessage());
			assertFalse(dialog.page().isValid(), "OK waits for a valid URL");
			chooseUrl(dialog, "jdbc:h2:file:/tmp/x;USER=sa;PASSWORD=secret");
			assertEquals(Messages.DatabasePreferences_password, dialog.page().getErrorMessage());

			chooseUrl(dialog, url);
			assertNull(dialog.page().getErrorMessage());
			Button test = dialog.button(Messages.DatabasePreferences_test);
			Widgets.click(test);
			Label result = Widgets.next(test, Label.class);
			String testing = NLS.bind(Messages.DatabasePreferences_testing, url);
			waitUntil("the connection test", TIMEOUT_MS, () -> !result.getText().equals(testing));
			assertEquals(NLS.bind(Messages.DatabasePreferences_connected, new Object[] { schemaVersion(url), 0, 0 }),
					result.getText());
			screenshot("preferences-database");
			assertTrue(dialog.ok());
		}
		assertEquals(url, StartupSettings.databaseUrl());
		if (System.getProperty(TraceStore.JDBC_URL_PROPERTY) == null) {
			assertEquals(url, WorkspaceStore.jdbcUrl(), "the next start opens it");
		}
	}

	/** The defaults are those of the bundle's preference initializer: the system's language, the workspace's file. */
	@Test
	void restoreDefaultsChoosesTheSystemsLanguageAndTheWorkspacesOwnDatabase() throws Exception {
		assertEquals("", DefaultScope.INSTANCE.getNode(StartupSettings.NODE).get(StartupSettings.LANGUAGE, null));
		assertEquals("", DefaultScope.INSTANCE.getNode(StartupSettings.NODE).get(StartupSettings.DATABASE_URL, null));
		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), GeneralPreferencePage.ID)) {
			Combo language = dialog.combo(Messages.GeneralPreferences_language);
			Widgets.select(language, Messages.GeneralPreferences_chinese);
			dialog.restoreDefaults();
			assertEquals(NLS.bind(Messages.GeneralPreferences_system, Locale.getDefault().getDisplayName()), language.getText());
		}
		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), DatabasePreferencePage.ID)) {
			chooseUrl(dialog, "jdbc:h2:file:" + elsewhere.resolve("other"));
			dialog.restoreDefaults();
			assertTrue(dialog.button(Messages.DatabasePreferences_workspaceFile).getSelection());
			assertFalse(dialog.button(Messages.DatabasePreferences_other).getSelection());
			assertNull(dialog.page().getErrorMessage());
		}
	}

	/** Chooses Other and types the URL, as a user does. */
	private static void chooseUrl(PreferenceDialogBot dialog, String jdbcUrl) {
		Button other = dialog.button(Messages.DatabasePreferences_other);
		if (!other.getSelection()) {
			Widgets.click(other);
		}
		Widgets.first(dialog.body(), Text.class, t -> Messages.DatabasePreferences_url.equals(t.getMessage())).setText(jdbcUrl);
	}

	private static int schemaVersion(String url) {
		try (TraceStore store = TraceStore.open(url)) {
			return store.schemaVersion();
		}
	}
}
