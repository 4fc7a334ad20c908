package io.agritrace.ui.internal.wizards;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.MasterDataValidator;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.MasterDataKind;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.CommonMessages;
import io.agritrace.ui.internal.editors.BatchEditorBot;
import io.agritrace.ui.internal.properties.PropertySheetBot;
import io.agritrace.ui.internal.views.MasterDataView;
import io.agritrace.ui.internal.views.MasterDataViewBot;
import io.agritrace.ui.internal.views.NavigatorBot;

/**
 * Master data corrected from Window > Master Data: the registration page,
 * filled in, with the identifiers locked and the reason said; the new name
 * shows in the view and on a lot's Overview, and the change in the history;
 * a deactivated site is marked and no longer offered for new events.
 */
class EditMasterDataWizardTest extends WorkbenchTestCase {

	private final FreshIds ids = new FreshIds("690993");
	private WizardBot wizard;

	@Override
	protected List<String> preferenceNodes() {
		return List.of("io.agritrace.ui"); //$NON-NLS-1$
	}

	@Override
	protected void tearDown() {
		if (wizard != null && wizard.isOpen()) {
			wizard.cancel();
		}
	}

	@Test
	void anOrganisationRenamedInMasterDataIsNamedSoInTheViewAndOnItsLotsOverview() throws Exception {
		NavigatorBot.show(page).withBatches();
		ProductBatch lot = store().batches().list().stream().filter(b -> b.producer() != null).findFirst().orElseThrow();
		Party producer = store().masterData().party(lot.producer()).orElseThrow();
		Locale language = WorkbenchLanguage.current();
		boolean chinese = DisplayLanguage.isChinese(language);
		String field = chinese ? MasterDataValidator.FIELD_NAME_ZH : MasterDataValidator.FIELD_NAME_EN;
		String renamed = producer.name(language) + " " + ids.digits(4);
		try {
			MasterDataViewBot view = MasterDataViewBot.show(page).select(producer).run(MasterDataViewBot.EDIT);
			wizard = WizardBot.opened();
			assertEquals(producer.name(language), wizard.text(field), "the form is filled in");
			assertEquals(List.of(producer.uscc(), producer.gln()), Widgets.all(wizard.body(), Text.class).stream()
					.filter(t -> !t.getEditable()).map(Text::getText).toList(), "the USCC and the GLN are locked");
			assertTrue(Widgets.all(wizard.body(), Label.class).stream().anyMatch(l -> Messages.PartyEdit_locked.equals(l.getText())),
					"the reason is said");
			assertEquals(CommonMessages.Field_gln, wizard.label(MasterDataValidator.FIELD_GLN), "a locked identifier is not optional");
			wizard.type(field, "");
			if (chinese) {
				assertTrue(wizard.marked(field), "a Chinese name is required, as when registering: " + wizard.error());
				assertFalse(wizard.canFinish());
			}
			wizard.type(field, renamed);
			if (producer.county() == null && List.of("farm", "cooperative").contains(producer.role())) {
				// Registered before a producer needed its county: the correction asks for it.
				assertTrue(wizard.marked(MasterDataValidator.FIELD_COUNTY), String.valueOf(wizard.error()));
				wizard.choose(MasterDataValidator.FIELD_COUNTY, "220581");
			}
			assertTrue(wizard.canFinish(), String.valueOf(wizard.error()));
			screenshot("master-data-edit-party");
			wizard.finish();
			assertFalse(wizard.isOpen());

			view.showsRow(renamed);
			assertEquals(renamed, store().masterData().party(producer.uri()).orElseThrow().name(language));
			BatchEditorBot editor = BatchEditorBot.of(page.openEditor(new BatchEditorInput(lot), BatchEditorInput.EDITOR_ID))
					.loaded();
			waitUntil("the new name on the Overview", TIMEOUT_MS,
					() -> renamed.equals(editor.overview(io.agritrace.ui.internal.editors.Messages.BatchEditor_producer)));

			page.activate(page.findView(MasterDataView.ID));
			view.select(store().masterData().party(producer.uri()).orElseThrow()).run(MasterDataViewBot.HISTORY);
			Shell history = historyShell();
			Table table = Widgets.first(history, Table.class, t -> true);
			waitUntil("the change in the history", TIMEOUT_MS, () -> table.getItemCount() > 0);
			TableItem last = table.getItem(table.getItemCount() - 1);
			assertEquals(MasterDataEditor.user(), last.getText(1));
			assertEquals(producer.name(language), last.getText(3));
			assertEquals(renamed, last.getText(4));
			screenshot("master-data-history");
			history.close();
		} finally {
			MasterDataEditor.asUser(store()).edit(producer.uri(), producer);
			waitForJobs(TIMEOUT_MS);
		}
	}

	@Test
	void aSiteDeactivatedInMasterDataIsMarkedThereAndNotOfferedByRecordEvent() throws Exception {
		NavigatorBot.show(page).withBatches();
		Location site = store().masterData().location(JilinMasterData.CHANGCHUN_COLD_SITE.uri()).orElseThrow();
		String name = site.name(WorkbenchLanguage.current());
		wizard = recordAt(JilinMasterData.CHANGCHUN_COLD);
		assertTrue(wizard.items(EventPage.FIELD_SITE).stream().anyMatch(s -> s.contains(name)), "offered while active");
		wizard.cancel();
		try {
			MasterDataViewBot view = MasterDataViewBot.show(page).select(site).run(MasterDataViewBot.DEACTIVATE);
			waitUntil("the site deactivated", TIMEOUT_MS,
					() -> store().masterData().inactive(MasterDataKind.LOCATION).contains(site.uri()));
			view.showsRowMarkedInactive(name);
			assertTrue(view.select(site).enabled(MasterDataViewBot.REACTIVATE));
			assertFalse(view.enabled(MasterDataViewBot.DEACTIVATE));
			IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
			page.activate(page.findView(MasterDataView.ID));
			view.select(site);
			waitUntil("the Properties view saying so", TIMEOUT_MS,
					() -> PropertySheetBot.texts(properties).contains(PropertySheetBot.NOT_IN_USE));
			assertTrue(PropertySheetBot.texts(properties).contains(JilinMasterData.CHANGCHUN_COLD.name(WorkbenchLanguage.current())),
					"the site's operator by name: " + PropertySheetBot.texts(properties));
			screenshot("master-data-deactivated");
			assertFalse(view.showInactive(false).rows().stream().anyMatch(r -> r.startsWith(name)), "the toggle hides it");
			view.showInactive(true);

			wizard = recordAt(JilinMasterData.CHANGCHUN_COLD);
			assertFalse(wizard.items(EventPage.FIELD_SITE).stream().anyMatch(s -> s.contains(name)),
					"no longer offered: " + wizard.items(EventPage.FIELD_SITE));
			assertTrue(String.valueOf(wizard.warning()).contains(JilinMasterData.CHANGCHUN_COLD.name(WorkbenchLanguage.current())),
					"its operator, running no other site, is told so: " + wizard.warning());
			assertTrue(store().masterData().locations().contains(site), "still registered, for the traces that name it");
		} finally {
			MasterDataEditor.asUser(store()).reactivate(MasterDataKind.LOCATION, site.uri());
		}
	}

	/** Record Event for the site's operator, on the page that asks where a packing happened: at one of its sites. */
	private static WizardBot recordAt(Party operator) {
		WizardBot bot = WizardBot.open(RecordEventWizard.ID).choose(StepPage.FIELD_ACTOR, operator.name(WorkbenchLanguage.current()))
				.choose(StepPage.FIELD_STEP, EventStep.PACKING.label());
		return bot.next();
	}

	private TraceStore store() {
		return service(WorkspaceStore.class).get();
	}

	private static Shell historyShell() {
		waitUntil("the history dialog", TIMEOUT_MS, () -> Arrays.stream(Display.getCurrent().getShells())
				.anyMatch(s -> s.isVisible() && s.getData() instanceof Dialog && !(s.getData() instanceof WizardDialog)));
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(s -> s.isVisible() && s.getData() instanceof Dialog && !(s.getData() instanceof WizardDialog))
				.findFirst().orElseThrow();
	}
}
