package io.agritrace.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorSite;

import io.agritrace.core.model.ProductBatch;

/**
 * A page that another bundle adds to the Batch editor through the
 * {@code io.agritrace.ui.batchEditorPages} extension point, after the editor's
 * own pages. One instance per editor; the editor hands it out as an adapter
 * ({@code editor.getAdapter(MyPage.class)}), so that commands of the bundle
 * that contributed it can reach it.
 */
public interface BatchEditorPage {

	/** What the editor lets a page change about its place among the pages. */
	interface Host {
		/** The page's name on its tab. */
		void setTitle(String title);

		/** Brings the page to the front. */
		void reveal();
	}

	/**
	 * Creates the page on the UI thread: a control that is a child of
	 * {@code parent}, disposed with the editor.
	 */
	Control create(Composite parent, Host host, ProductBatch batch, IEditorSite site);
}
