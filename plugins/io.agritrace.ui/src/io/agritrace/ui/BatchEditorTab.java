package io.agritrace.ui;

import org.eclipse.swt.widgets.TabItem;
import org.eclipse.ui.IEditorSite;

import io.agritrace.core.model.ProductBatch;

/**
 * A tab that another bundle adds to the Batch editor through the
 * {@code io.agritrace.ui.batchEditorTabs} extension point, after the editor's
 * own tabs. One instance per editor; the editor hands it out as an adapter
 * ({@code editor.getAdapter(MyTab.class)}), so that commands of the bundle that
 * contributed it can reach it.
 */
public interface BatchEditorTab {

	/**
	 * Fills the tab on the UI thread: its text and its control, a child of the
	 * tab's folder. The tab is disposed with the editor.
	 */
	void create(TabItem tab, ProductBatch batch, IEditorSite site);
}
