package io.agritrace.ui.internal.views;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.MasterData;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.PartyRole;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.properties.PropertySheetBot;

/**
 * Window > Master Data lists the registered organisations, sites and
 * products; the Properties view shows the fields of the one selected.
 */
class MasterDataViewTest extends WorkbenchTestCase {

	@Test
	void theViewListsWhatIsRegisteredAndPropertiesShowAPartysAndASitesFields() throws Exception {
		NavigatorBot.show(page).withBatches();
		TraceStore store = service(WorkspaceStore.class).get();
		MasterData registered = new MasterData(store.masterData().parties(), store.masterData().locations(),
				store.masterData().products());
		MasterDataView view = (MasterDataView) page.showView(MasterDataView.ID);
		TreeViewer viewer = (TreeViewer) view.getSite().getSelectionProvider();
		waitUntil("the master data", TIMEOUT_MS, () -> headings(viewer).size() == 3);
		List<MasterDataView.Heading> headings = headings(viewer);
		assertEquals(Messages.MasterData_parties, headings.get(0).title());
		assertEquals(registered.parties(), headings.get(0).items());
		assertEquals(registered.locations(), headings.get(1).items());
		assertEquals(registered.products(), headings.get(2).items());

		IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		Party party = registered.parties().stream().filter(p -> p.uscc() != null).findFirst().orElseThrow();
		page.activate(view);
		viewer.setSelection(new StructuredSelection(party), true);
		waitUntil("the party's properties", TIMEOUT_MS, () -> PropertySheetBot.texts(properties).contains(party.uscc()));
		assertTrue(PropertySheetBot.texts(properties).contains(PartyRole.labelOf(party.role(), WorkbenchLanguage.current())));
		assertTrue(PropertySheetBot.texts(properties).contains(PropertySheetBot.IN_USE),
				"says it is offered for new records: " + PropertySheetBot.texts(properties));
		assertTrue(MasterDataView.label(party, WorkbenchLanguage.current())
				.contains(PartyRole.labelOf(party.role(), WorkbenchLanguage.current())));
		if (DisplayLanguage.isChinese(Locale.getDefault())) {
			assertEquals("\u5c5e\u6027", properties.getTitle(), "the platform's Properties view speaks Chinese too"); // 属性
			assertTrue(PropertySheetBot.columns(properties).contains("\u503c"), "its Value column: 值");
		}
		screenshot("master-data-party");

		Location site = registered.locations().stream().filter(l -> l.latitude() != null).findFirst().orElseThrow();
		page.activate(view);
		viewer.setSelection(new StructuredSelection(site), true);
		waitUntil("the site's properties", TIMEOUT_MS,
				() -> PropertySheetBot.texts(properties).contains(String.valueOf(site.latitude())));
		assertTrue(PropertySheetBot.texts(properties).contains(site.uri()));
	}

	/** The "null · null": a site known only from an imported document has no names and no county. */
	@Test
	void aSiteWithoutNamesOrCountyIsLabelledByItsUri() {
		String uri = "urn:epc:id:sgln:0614141.00777.0";
		String label = MasterDataView.label(new Location(uri, null, null, null, null, null, null, true),
				WorkbenchLanguage.current());
		assertEquals(uri + "  \u00b7  " + Messages.MasterData_imported, label);
		TraceStore store = service(WorkspaceStore.class).get();
		store.masterData().locations().forEach(l -> assertFalse(MasterDataView.label(l, WorkbenchLanguage.current())
				.contains("null"), l.toString()));
	}

	/** The headings the view's tree shows, each with what is registered under it. */
	private static List<MasterDataView.Heading> headings(TreeViewer viewer) {
		return viewer.getInput() == null ? List.of()
				: ((List<?>) viewer.getInput()).stream().map(MasterDataView.Heading.class::cast).toList();
	}
}
