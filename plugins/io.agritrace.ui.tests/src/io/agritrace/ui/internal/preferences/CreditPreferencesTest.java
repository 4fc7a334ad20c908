package io.agritrace.ui.internal.preferences;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.service.CreditSettings;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;

/** Window > Preferences > Credit checks a policy as it is typed and saves it for the view and the CLI. */
class CreditPreferencesTest extends WorkbenchTestCase {

	@Override
	protected List<String> preferenceNodes() {
		return List.of("io.agritrace.ui"); //$NON-NLS-1$
	}

	@Test
	void aGradeThresholdAboveTheOneBeforeItIsRefusedAndAGoodPolicyIsSaved() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(),
				CreditPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			CreditPreferencePage credit = (CreditPreferencePage) dialog.getSelectedPage();
			credit.field(CreditPolicy.GRADE_B).setText("95");
			processEvents();
			assertFalse(credit.isValid());
			assertTrue(credit.getErrorMessage().contains("grade_b"), credit.getErrorMessage());

			credit.field(CreditPolicy.GRADE_B).setText("70");
			credit.field(CreditPolicy.WEIGHT + "inspections").setText("40");
			processEvents();
			assertTrue(credit.isValid(), credit.getErrorMessage());
			assertTrue(credit.performOk());
		} finally {
			dialog.close();
		}
		CreditPolicy saved = CreditSettings.policy();
		assertEquals(70, saved.gradeB());
		assertEquals(40, saved.weights().get(CreditPolicy.Indicator.INSPECTIONS));
	}
}
