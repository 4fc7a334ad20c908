package io.agritrace.tests.harness.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Base of the workbench tests, which run on the UI thread of the real
 * workbench. Each test starts with no editor open and leaves none: set-up and
 * tear-down are final, with {@link #setUp()} and {@link #tearDown()} as hooks;
 * a modal dialog left open fails the test that left it (and is closed, so that
 * the next test does not inherit it); the instance preferences of
 * {@link #preferenceNodes()} are put back as they were.
 */
public abstract class WorkbenchTestCase {

	/** Enough for any read or write Job of the workbench on this kind of machine. */
	protected static final long TIMEOUT_MS = 30_000;

	private final Map<String, Map<String, String>> savedPreferences = new HashMap<>();
	protected IWorkbenchPage page;

	@BeforeEach
	final void setUpWorkbench() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		for (String node : preferenceNodes()) {
			savedPreferences.put(node, snapshot(InstanceScope.INSTANCE.getNode(node)));
		}
		UiTestSupport.processEvents();
		setUp();
	}

	@AfterEach
	final void tearDownWorkbench() throws Exception {
		try {
			tearDown();
		} finally {
			String leaked = closeModalShells();
			page.closeAllEditors(false);
			for (Map.Entry<String, Map<String, String>> saved : savedPreferences.entrySet()) {
				restore(InstanceScope.INSTANCE.getNode(saved.getKey()), saved.getValue());
			}
			UiTestSupport.processEvents();
			if (leaked != null) {
				fail("A modal dialog was left open: " + leaked); //$NON-NLS-1$
			}
		}
	}

	/** Runs after the workbench is ready for the test. */
	protected void setUp() throws Exception {
	}

	/** Runs before the base class cleans up, even when the test failed. */
	protected void tearDown() throws Exception {
	}

	/** Instance-scope preference nodes that the test may change; they are restored after it. */
	protected List<String> preferenceNodes() {
		return List.of();
	}

	/** Runs a command as a menu item would, in the active window. */
	protected final void execute(String commandId) {
		try {
			page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError(commandId + " failed", e); //$NON-NLS-1$
		}
	}

	/** A workbench service, as parts and handlers get it. */
	protected final <T> T service(Class<T> api) {
		return page.getWorkbenchWindow().getService(api);
	}

	private static String closeModalShells() {
		String leaked = null;
		for (Shell shell : UiTestSupport.display().getShells()) {
			if (shell.isVisible() && (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL)) != 0) {
				leaked = shell.getText();
				shell.close();
			}
		}
		return leaked;
	}

	private static Map<String, String> snapshot(IEclipsePreferences node) throws BackingStoreException {
		Map<String, String> values = new HashMap<>();
		for (String key : node.keys()) {
			values.put(key, node.get(key, null));
		}
		return values;
	}

	private static void restore(IEclipsePreferences node, Map<String, String> values) throws BackingStoreException {
		if (snapshot(node).equals(values)) {
			return;
		}
		node.clear();
		values.forEach(node::put);
		node.flush();
	}
}
