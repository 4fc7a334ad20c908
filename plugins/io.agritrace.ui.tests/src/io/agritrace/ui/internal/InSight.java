package io.agritrace.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Whether a control is shown whole, as the user sees it: its own bounds give
 * it the room its text needs, and every parent up to its shell shows all of
 * it (a control laid out past a parent's edge keeps its bounds and is still
 * cut), or can be scrolled to show it.
 */
public final class InSight {

	private InSight() {
	}

	/** Whole, and inside every parent's client area across and down. */
	public static boolean whole(Control control) {
		return roomy(control) && inside(control, true);
	}

	/** Whole, and inside every parent's client area across; where a parent scrolls down, it may lie below. */
	public static boolean wholeAcross(Control control) {
		return roomy(control) && inside(control, false);
	}

	/** Inside every parent's client area across, whatever its own size; where a parent scrolls down, it may lie below. */
	public static boolean across(Control control) {
		return inside(control, false);
	}

	/** Inside every parent's client area once every scrolled parent has scrolled it into view, as a user can. */
	public static boolean reachable(Control control) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scroller) {
				scroller.showControl(control);
			}
		}
		return inside(control, true);
	}

	/** Wide enough for its text on one line, or, where it wraps, tall enough for its wrapped lines. */
	public static boolean roomy(Control control) {
		Rectangle bounds = control.getBounds();
		if ((control.getStyle() & SWT.WRAP) != 0 && bounds.width > 0) {
			return bounds.height >= control.computeSize(bounds.width, SWT.DEFAULT).y;
		}
		Point needed = control.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		return bounds.width >= needed.x && bounds.height >= needed.y;
	}

	private static boolean inside(Control control, boolean down) {
		Display display = control.getDisplay();
		Rectangle shown = display.map(control.getParent(), null, control.getBounds());
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			Rectangle area = display.map(parent, null, parent.getClientArea());
			if (shown.x < area.x || shown.x + shown.width > area.x + area.width) {
				return false;
			}
			if (down && (shown.y < area.y || shown.y + shown.height > area.y + area.height)) {
				return false;
			}
			if (parent instanceof Shell) {
				return true;
			}
		}
		return true;
	}
}
