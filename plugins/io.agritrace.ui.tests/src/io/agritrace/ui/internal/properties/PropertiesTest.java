package io.agritrace.ui.internal.properties;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
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
		screenshot("properties-batch");

		EpcisEvent event = service(WorkspaceStore.class).get().traces().trace(batch.code()).all().events().get(0);
		IPropertySource source = Adapters.adapt(event, IPropertySource.class);
		assertNotNull(source, "an event adapts to a property source");
		List<Object> values = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getId)
				.map(source::getPropertyValue).toList();
		assertEquals(event.hashId().toString(), values.get(values.size() - 1), "its hash ID comes last");
	}
}
