package io.agritrace.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.PageBookView;

/** Reads the Properties view as a user does. */
public final class PropertySheetBot {

	/** What the view says of a registered record that new records are offered, and of a deactivated one. */
	public static final String IN_USE = Messages.Properties_activeYes;
	public static final String NOT_IN_USE = Messages.Properties_activeNo;

	private PropertySheetBot() {
	}

	/** Every text of the Properties view's tree, names and values. */
	public static List<String> texts(IViewPart view) {
		List<String> texts = new ArrayList<>();
		if (((PageBookView) view).getCurrentPage().getControl() instanceof Tree tree) {
			collect(tree.getItems(), texts);
		}
		return texts;
	}

	/** The headers of the Properties view's columns. */
	public static List<String> columns(IViewPart view) {
		List<String> headers = new ArrayList<>();
		if (((PageBookView) view).getCurrentPage().getControl() instanceof Tree tree) {
			for (TreeColumn column : tree.getColumns()) {
				headers.add(column.getText());
			}
		}
		return headers;
	}

	private static void collect(TreeItem[] items, List<String> texts) {
		for (TreeItem item : items) {
			texts.add(item.getText(0));
			texts.add(item.getText(1));
			collect(item.getItems(), texts);
		}
	}
}
