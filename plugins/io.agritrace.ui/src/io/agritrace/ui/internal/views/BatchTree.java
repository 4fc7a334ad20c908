package io.agritrace.ui.internal.views;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.BatchListing;
import io.agritrace.service.Quantities;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.HeadingsContent;

/**
 * The navigator's tree: headings ({@link Grouping.Group}) with their counts
 * over the batches, a column per fact of a batch, each batch with its
 * {@link BatchMarks mark}. Showing another listing, grouping or filter keeps
 * the headings the user opened and the selection.
 */
final class BatchTree {

	/** Up to this many batches the tree opens every heading; more stay closed, so a keystroke stays quick. */
	private static final int EXPAND_AT_MOST = 200;
	/** The product column's width before it is fitted to the names, and the narrowest it is fitted to. */
	private static final int NAMES_WIDTH = 210;

	private final TreeViewer viewer;
	private final BatchMarks marks = new BatchMarks();
	private final BatchFilter.Searched searched = new BatchFilter.Searched();
	private BatchListing listing = new BatchListing(List.of(), Map.of());
	private List<ProductBatch> shown = List.of();
	/** True while every heading is open because the filter left few batches. */
	private boolean expandedByFilter;
	/** Whether the product column was sized to the names, once: after that it is as wide as the user drags it. */
	private boolean namesFitted;

	BatchTree(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		// Long product names ("Changbai Mountain ginseng, fresh") are cut: hovering shows them whole.
		ColumnViewerToolTipSupport.enableFor(viewer);
		// Product, lot and trace code fit the navigator's width at 1280 pixels, so that the code a label
		// carries is seen beside the lot; the product column widens to the names it lists (fitNames);
		// hovering shows a cut heading or name whole.
		TreeViewerColumn first = column(Messages.BatchNavigator_columnProduct, NAMES_WIDTH, b -> listing.of(b).product());
		first.setLabelProvider(new FirstColumn());
		column(Messages.BatchNavigator_columnLot, 110, ProductBatch::lot);
		column(Messages.BatchNavigator_columnTraceCode, 115, ProductBatch::traceCode);
		column(Messages.BatchNavigator_columnQuantity, 90, b -> Quantities.of(b.quantity(), b.unit(), WorkbenchLanguage.current()));
		column(Messages.BatchNavigator_columnHarvest, 100, b -> b.harvestDate().toString());
		column(Messages.BatchNavigator_columnOrigin, 90, b -> listing.of(b).county());
		viewer.setContentProvider(new HeadingsContent<>(Grouping.Group.class, Grouping.Group::children));
		viewer.getControl().addDisposeListener(e -> marks.dispose());
	}

	TreeViewer viewer() {
		return viewer;
	}

	BatchMarks marks() {
		return marks;
	}

	/** A column that shows a text of each batch, and nothing on the headings' rows. */
	private TreeViewerColumn column(String title, int width, Function<ProductBatch, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ProductBatch b ? text.apply(b) : ""; //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		return column;
	}

	/** Headings with their count; batches with their product and their mark. */
	private final class FirstColumn extends ColumnLabelProvider {
		@Override
		public String getText(Object element) {
			return element instanceof Grouping.Group g ? NLS.bind(Messages.BatchNavigator_group, g.title(), g.batches())
					: listing.of((ProductBatch) element).product();
		}

		@Override
		public Image getImage(Object element) {
			return element instanceof ProductBatch b ? marks.image(b, listing.of(b)) : null;
		}

		@Override
		public String getToolTipText(Object element) {
			return element instanceof ProductBatch b ? getText(b) + '\n' + marks.explained(b, listing.of(b))
					: getText(element);
		}
	}

	/** Shows the listing's batches that the filter keeps, under the grouping's headings. */
	void show(BatchListing read, BatchFilter filter, Grouping grouping) {
		listing = read;
		shown = filter.apply(listing, searched);
		// Anchors arrive every few seconds: the headings the user opened stay open, the selection stays.
		// Headings opened only because few batches were shown close again, or clearing the
		// filter would open a heading of thousands.
		Object[] expanded = expandedByFilter ? new Object[0] : viewer.getExpandedElements();
		ISelection selected = viewer.getSelection();
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(grouping.groups(shown, listing));
			expandedByFilter = shown.size() <= EXPAND_AT_MOST;
			if (expandedByFilter) {
				viewer.expandAll();
			} else {
				viewer.setExpandedElements(expanded);
			}
			viewer.setSelection(selected);
			fitNames();
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	/**
	 * Once, as the first batches show: the product column as wide as the names under their headings need, short
	 * of pushing the lot and trace code out of sight ("Changbai Mountain g..." at 1280 px in English).
	 */
	private void fitNames() {
		Tree tree = viewer.getTree();
		int width = tree.getClientArea().width;
		if (namesFitted || shown.isEmpty() || width <= 0) {
			return;
		}
		namesFitted = true;
		int besideNames = tree.getColumn(1).getWidth() + tree.getColumn(2).getWidth();
		tree.getColumn(0).pack();
		tree.getColumn(0).setWidth(Math.max(NAMES_WIDTH, Math.min(tree.getColumn(0).getWidth(), width - besideNames)));
	}

	/** The listing shown, which the marks were drawn from. */
	BatchListing listing() {
		return listing;
	}

	/** The same batches with which of them await their anchor: only the marks change. */
	void showAwaiting(Set<String> awaiting) {
		listing = listing.withAwaiting(awaiting);
		viewer.refresh(true);
	}

	/** Draws the marks again, after {@link #marks()} learnt a verdict. */
	void refreshMarks() {
		viewer.refresh(true);
	}

	/** Selects the batch, opening its headings, when the filter shows it. */
	void reveal(ProductBatch batch) {
		if (shown.contains(batch)) {
			viewer.setSelection(new StructuredSelection(batch), true);
		}
	}
}
