package io.agritrace.ui.internal;

import static io.agritrace.tests.harness.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import io.agritrace.tests.harness.ui.WorkbenchTestCase;

/** The window as a session on a larger display saved it comes back inside this display. */
class AgriTraceWindowAdvisorTest extends WorkbenchTestCase {

	@Test
	void aWindowLargerThanTheScreenIsBroughtInside() {
		Shell shell = page.getWorkbenchWindow().getShell();
		Rectangle before = shell.getBounds();
		try {
			Rectangle area = shell.getMonitor().getClientArea();
			// As a 1920 × 1080 session left it, seen on a smaller display: wider, taller and partly off screen.
			shell.setBounds(area.x + 200, area.y + 100, area.width + 480, area.height + 280);
			processEvents();
			assertTrue(shell.getBounds().width > area.width, "the display lets the window run off it: " + shell.getBounds());

			AgriTraceWindowAdvisor.fitToMonitor(shell);
			processEvents();
			Rectangle fitted = shell.getBounds();
			assertTrue(area.contains(fitted.x, fitted.y) && fitted.x + fitted.width <= area.x + area.width
					&& fitted.y + fitted.height <= area.y + area.height, fitted + " inside " + area);

			// A window that fits stays where the user left it.
			Rectangle small = new Rectangle(area.x + 40, area.y + 30, area.width / 2, area.height / 2);
			shell.setBounds(small);
			processEvents();
			AgriTraceWindowAdvisor.fitToMonitor(shell);
			processEvents();
			assertEquals(small, shell.getBounds());
		} finally {
			shell.setBounds(before);
			processEvents();
		}
	}
}
