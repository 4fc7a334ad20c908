package io.agritrace.ui.internal.properties;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.views.NavigatorBot;

/** Window > Properties shows the fields of the batch selected in the navigator, and of an event. */
class PropertiesTest extends WorkbenchTestCase {

	@Test
	void thePropertiesViewShowsTheSelectedBatchsFields() throws Exception {
		NavigatorBot navigator = NavigatorBot.show(page).withBatches();
		IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		ProductBatch batch = navigator.batch(0);
		navigator.select(0);
		waitUntil("the batch's properties", TIMEOUT_MS, () -> PropertySheetBot.texts(properties).contains(batch.traceCode()));
		// The "梅河大米 Meihe rice" and a producer's Digital Link: names in the workbench's language.
		TraceStore store = service(WorkspaceStore.class).get();
		Locale language = WorkbenchLanguage.current();
		Product product = store.masterData().product(batch.gtin().toString()).orElseThrow();
		List<String> texts = PropertySheetBot.texts(properties);
		assertTrue(texts.contains(DisplayLanguage.pick(language, product.nameZh(), product.nameEn())), String.valueOf(texts));
		assertTrue(texts.contains(store.masterData().partyName(batch.producer(), language)), String.valueOf(texts));
		assertFalse(texts.contains(batch.producer()), "no Digital Link for a name: " + texts);
		assertTrue(texts.contains(Messages.Properties_holders), String.valueOf(texts));
		screenshot("properties-batch");

		EpcisEvent event = service(WorkspaceStore.class).get().traces().trace(batch.code()).all().events().get(0);
		IPropertySource source = Adapters.adapt(event, IPropertySource.class);
		assertNotNull(source, "an event adapts to a property source");
		List<Object> values = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getId)
				.map(source::getPropertyValue).toList();
		assertEquals(event.hashId().toString(), values.get(values.size() - 1), "its hash ID comes last");
	}
}
