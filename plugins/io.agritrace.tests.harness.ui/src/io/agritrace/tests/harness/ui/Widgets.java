package io.agritrace.tests.harness.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Controls found in an SWT tree as a user finds them on the screen: by the
 * label beside them, their text or their kind; and used as a user does.
 * Page objects reach a part's widgets through these rather than through
 * accessors that the part would carry for tests alone.
 */
public final class Widgets {

	private Widgets() {
	}

	/** The composite that a view or an editor draws in, as the workbench's model holds it. */
	public static Composite of(IWorkbenchPart part) {
		return (Composite) part.getSite().getService(MPart.class).getWidget();
	}

	/** Every control of this kind under {@code root} (itself included), in the order a user reads them. */
	public static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> into) {
		if (type.isInstance(control)) {
			into.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, into);
			}
		}
	}

	/** The first control of this kind under {@code root} that matches; fails when there is none. */
	public static <T extends Control> T first(Control root, Class<T> type, Predicate<? super T> which) {
		return all(root, type).stream().filter(which).findFirst()
				.orElseThrow(() -> new AssertionError("no such " + type.getSimpleName() + " under " + root)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The control of this kind that follows the label with this text among its siblings, as a form lays out a field. */
	public static <T extends Control> T beside(Control root, String label, Class<T> type) {
		Label caption = first(root, Label.class, l -> label.equals(l.getText()));
		return next(caption, type);
	}

	/** The first control of this kind after {@code control} among its siblings. */
	public static <T extends Control> T next(Control control, Class<T> type) {
		List<Control> siblings = Arrays.asList(control.getParent().getChildren());
		return siblings.subList(siblings.indexOf(control) + 1, siblings.size()).stream().filter(type::isInstance)
				.map(type::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " after " + control)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The button (push, radio or check box) with this text. */
	public static Button button(Control root, String text) {
		return first(root, Button.class, b -> text.equals(b.getText()));
	}

	/** Clicks the button: a check box toggles, a radio button is chosen and its siblings are not. */
	public static void click(Button button) {
		if ((button.getStyle() & SWT.RADIO) != 0) {
			for (Control sibling : button.getParent().getChildren()) {
				if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0 && other != button
						&& other.getSelection()) {
					other.setSelection(false);
					other.notifyListeners(SWT.Selection, new Event());
				}
			}
			button.setSelection(true);
		} else if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Clicks the table's row that shows this element (its item's data, as a viewer sets it). */
	public static void select(Table table, Object element) {
		TableItem row = Arrays.stream(table.getItems()).filter(i -> element.equals(i.getData())).findFirst()
				.orElseThrow(() -> new AssertionError("no row shows " + element)); //$NON-NLS-1$
		table.setSelection(row);
		Event click = new Event();
		click.item = row;
		table.notifyListeners(SWT.Selection, click);
	}

	/** Chooses the item with this text, as a user picks it from the list. */
	public static void select(Combo combo, String item) {
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError("no " + item + " among " + String.join(" | ", combo.getItems())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}
}
