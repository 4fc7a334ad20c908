package io.agritrace.ui.internal.preferences;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.Test;

import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Gs1CheckDigit;
import io.agritrace.core.model.Party;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.MasterDataKind;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.PreferenceDialogBot;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.ActingOrganisation;

/** Window > Preferences > Organisation chooses whom the workspace records for. */
class OrganisationPreferencesTest extends WorkbenchTestCase {

	@Override
	protected List<String> preferenceNodes() {
		return List.of("io.agritrace.ui");
	}

	@Test
	void theChosenOrganisationIsWhatTheWizardsPropose() throws Exception {
		String suffix = String.valueOf(100_000 + new Random().nextInt(900_000));
		String mill = Gln.partyUri(Gs1CheckDigit.append("690994" + suffix));
		service(WorkspaceStore.class).get().masterData().register(
				List.of(new Party(mill, null, null, "吉林米业 M" + suffix, "Jilin Rice Mill M" + suffix, "processor",
						"220202", null, false)),
				List.of(), List.of());

		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), OrganisationPreferencePage.ID)) {
			Combo organisation = dialog.combo(Messages.OrganisationPreferences_organisation);
			waitUntil("the registered parties", TIMEOUT_MS, () -> organisation.getItemCount() > 0);
			for (int i = 0; i < organisation.getItemCount(); i++) {
				if (organisation.getItem(i).contains("M" + suffix)) {
					organisation.select(i);
				}
			}
			screenshot("preferences-organisation");
			assertTrue(dialog.ok(), "OK saves and closes the dialog");
		}
		assertEquals(mill, ActingOrganisation.uri());
	}

	@Test
	void aDeactivatedPartyIsNotOffered() throws Exception {
		String suffix = String.valueOf(100_000 + new Random().nextInt(900_000));
		String shop = Gln.partyUri(Gs1CheckDigit.append("690995" + suffix));
		TraceStore store = service(WorkspaceStore.class).get();
		Party closed = new Party(shop, null, null, "停业超市 S" + suffix, "Closed Shop S" + suffix, "retailer", "220102", null, false);
		store.masterData().register(List.of(closed), List.of(), List.of());
		new MasterDataEditor(store, "tester", store.clock()).deactivate(MasterDataKind.PARTY, shop); //$NON-NLS-1$

		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), OrganisationPreferencePage.ID)) {
			Combo organisation = dialog.combo(Messages.OrganisationPreferences_organisation);
			waitUntil("the registered parties", TIMEOUT_MS, () -> organisation.getItemCount() > 0); //$NON-NLS-1$
			assertFalse(Arrays.stream(organisation.getItems()).anyMatch(item -> item.contains("S" + suffix)), //$NON-NLS-1$
					() -> String.join(", ", organisation.getItems())); //$NON-NLS-1$
		}
	}
}
