package io.agritrace.ui.internal.preferences;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferencePage;
import org.junit.jupiter.api.Test;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.IndicatorText;
import io.agritrace.service.CreditSettings;
import io.agritrace.tests.harness.ui.PreferenceDialogBot;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkbenchLanguage;

/** Window > Preferences > Credit checks a policy as it is typed and saves it for the view and the CLI. */
class CreditPreferencesTest extends WorkbenchTestCase {

	@Override
	protected List<String> preferenceNodes() {
		return List.of(CreditSettings.NODE);
	}

	@Test
	void aGradeThresholdAboveTheOneBeforeItIsRefusedAndAGoodPolicyIsSaved() throws Exception {
		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), CreditPreferencePage.ID)) {
			PreferencePage credit = dialog.page();
			dialog.text(Messages.CreditPreferences_gradeB).setText("95");
			processEvents();
			assertFalse(credit.isValid());
			String named = Messages.CreditPreferences_gradeB.replaceFirst("[:：]$", "");
			assertTrue(credit.getErrorMessage().startsWith(named) && !credit.getErrorMessage().contains("grade_b"),
					"the rule names the field as the page does: " + credit.getErrorMessage());

			dialog.text(Messages.CreditPreferences_gradeB).setText("70");
			dialog.text(IndicatorText.name(CreditPolicy.Indicator.INSPECTIONS, WorkbenchLanguage.current())).setText("40");
			processEvents();
			assertTrue(credit.isValid(), credit.getErrorMessage());
			assertTrue(dialog.ok(), "OK saves and closes");
		}
		CreditPolicy saved = CreditSettings.policy();
		assertEquals(70, saved.gradeB());
		assertEquals(40, saved.weights().get(CreditPolicy.Indicator.INSPECTIONS));
	}

	/** The defaults are the service bundle's (its preference initializer), not the page's. */
	@Test
	void restoreDefaultsShowsTheDefaultPolicyAndOkKeepsNothingOfTheWorkspacesOwn() throws Exception {
		InstanceScope.INSTANCE.getNode(CreditSettings.NODE).put(CreditPolicy.PREFERENCE_PREFIX + CreditPolicy.GRADE_A, "95");
		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), CreditPreferencePage.ID)) {
			assertEquals("95", dialog.text(Messages.CreditPreferences_gradeA).getText(), "what the workspace saved");
			dialog.text(IndicatorText.name(CreditPolicy.Indicator.TIMELINESS, WorkbenchLanguage.current())).setText("5");
			dialog.restoreDefaults();
			CreditPolicy d = CreditPolicy.DEFAULTS;
			assertEquals(Integer.toString(d.gradeA()), dialog.text(Messages.CreditPreferences_gradeA).getText());
			assertEquals(Integer.toString(d.gradeC()), dialog.text(Messages.CreditPreferences_gradeC).getText());
			assertEquals(Integer.toString(d.lateHours()), dialog.text(Messages.CreditPreferences_lateHours).getText());
			for (CreditPolicy.Indicator i : CreditPolicy.Indicator.values()) {
				assertEquals(d.weights().get(i).toString(), dialog.text(IndicatorText.name(i, WorkbenchLanguage.current())).getText(),
						i.key());
			}
			assertTrue(dialog.ok(), "OK saves and closes");
		}
		assertEquals(CreditPolicy.DEFAULTS, CreditSettings.policy());
		assertEquals(List.of(), List.of(InstanceScope.INSTANCE.getNode(CreditSettings.NODE).keys()),
				"defaults are not written into the workspace");
	}
}
