package io.agritrace.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** The labels a user reads in a menu bar and its menus, or in a tree, without mnemonics and key bindings. */
final class MenuLabels {

	private MenuLabels() {
	}

	/** Every item of the menu and its submenus, each shown first so that the workbench fills it. */
	static List<String> of(Menu menu) {
		List<String> labels = new ArrayList<>();
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				labels.add(plain(item.getText()));
			}
			if (item.getMenu() != null) {
				labels.addAll(of(item.getMenu()));
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return labels;
	}

	/** Every item of the tree, expanded. */
	static List<String> items(Tree tree) {
		List<String> labels = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, labels);
		}
		return labels;
	}

	private static void collect(TreeItem item, List<String> labels) {
		labels.add(item.getText());
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			collect(child, labels);
		}
	}

	private static String plain(String text) {
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
