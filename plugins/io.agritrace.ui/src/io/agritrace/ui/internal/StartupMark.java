package io.agritrace.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * The finish line of {@code bench/run ui}'s {@code startup_to_window_ms}: started
 * with {@code -D}{@value #PROPERTY}{@code =FILE}, the workbench writes to FILE
 * the time (milliseconds since the epoch) at which its first window is painted
 * and the UI thread has nothing left to do, then closes. Without the property
 * it does nothing.
 */
final class StartupMark {

	static final String PROPERTY = "agritrace.startupMark"; //$NON-NLS-1$

	private StartupMark() {
	}

	/** Called once the first window is open; the mark waits until the event queue is empty. */
	static void writeWhenIdle(IWorkbench workbench) {
		String file = System.getProperty(PROPERTY);
		if (file == null) {
			return;
		}
		Display display = workbench.getDisplay();
		// An async runnable runs only once no window system event waits; update() paints what is still pending.
		display.asyncExec(() -> {
			display.update();
			try {
				Files.writeString(Path.of(file), Long.toString(System.currentTimeMillis()));
			} catch (IOException e) {
				ILog.of(StartupMark.class).error(e.getMessage(), e);
			}
			workbench.close();
		});
	}
}
