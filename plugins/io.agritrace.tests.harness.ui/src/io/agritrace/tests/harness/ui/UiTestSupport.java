package io.agritrace.tests.harness.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Helpers for plain-SWT workbench tests that run on the UI thread (no SWTBot:
 * it is not on Maven Central): spin the event loop, wait for jobs and
 * conditions, save screenshots.
 */
public final class UiTestSupport {

	/** System property naming the folder screenshots are saved to. */
	public static final String SCREENSHOTS = "agritrace.screenshots"; //$NON-NLS-1$

	private UiTestSupport() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs every pending UI event. */
	public static void processEvents() {
		Display display = display();
		while (display.readAndDispatch()) {
			// keep going
		}
	}

	/** Spins the event loop until the condition holds; fails after the timeout. */
	public static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("Timed out after " + timeoutMs + " ms waiting for " + what); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display().readAndDispatch()) {
				sleep(10);
			}
		}
	}

	/** Waits until no job is running or waiting, spinning the event loop meanwhile. */
	public static void waitForJobs(long timeoutMs) {
		waitUntil("background jobs", timeoutMs, () -> Job.getJobManager().isIdle()); //$NON-NLS-1$
		processEvents();
	}

	/**
	 * Joins a family of Jobs ({@link Job#belongsTo(Object)}): waits until none
	 * of them is waiting, sleeping or running, then runs what they left for the
	 * UI thread. It spins the event loop meanwhile rather than blocking in
	 * {@code IJobManager.join}: this is the UI thread, which the Jobs may need.
	 */
	public static void waitForJobs(Object family, long timeoutMs) {
		waitUntil("the jobs of " + family, timeoutMs, () -> Job.getJobManager().find(family).length == 0); //$NON-NLS-1$
		processEvents();
	}

	/**
	 * Saves the whole screen as {@code name}.png in the folder named by
	 * {@value #SCREENSHOTS}, or in {@code target/screenshots}.
	 */
	public static Path screenshot(String name) throws Exception {
		Path folder = Path.of(System.getProperty(SCREENSHOTS, "target/screenshots")); //$NON-NLS-1$
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png"); //$NON-NLS-1$
		Display display = display();
		// GTK paints asynchronously: let pending repaints reach the X server first.
		for (Shell shell : display.getShells()) {
			shell.redraw();
			shell.update();
		}
		long settleUntil = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < settleUntil) {
			processEvents();
			sleep(20);
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Presses the dialog button with this id ({@code IDialogConstants}) under {@code parent}; true once pressed. */
	public static boolean press(Composite parent, int id) {
		Button button = button(parent, id);
		if (button != null) {
			button.notifyListeners(SWT.Selection, new Event());
		}
		return button != null;
	}

	/** The dialog button with this id ({@code IDialogConstants}) under {@code parent}, or null. */
	public static Button button(Composite parent, int id) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button inner = button(composite, id);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}
}
