package io.agritrace.ui.internal.editors;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.views.NavigatorBot;

/**
 * An editor open when the workbench closes comes back when it starts again:
 * the build runs this test twice on one workspace, {@code before} and then
 * {@code after} a real shutdown of the workbench ({@code agritrace.restart.phase});
 * the lot opened before is named in {@code agritrace.restart.file}. Not a
 * {@code WorkbenchTestCase}: that closes every editor before each test.
 */
class WorkbenchRestartTest {

	private static final long TIMEOUT_MS = 60_000;
	private static final String PHASE = "agritrace.restart.phase"; //$NON-NLS-1$
	private static final Path LOT_FILE = Path.of(System.getProperty("agritrace.restart.file", //$NON-NLS-1$
			"target/restart-lot.txt")); //$NON-NLS-1$

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@Test
	@EnabledIfSystemProperty(named = PHASE, matches = "before")
	void beforeTheRestartABatchIsLeftOpenInItsEditor() throws Exception {
		page().closeAllEditors(false);
		NavigatorBot navigator = NavigatorBot.show(page()).withBatches();
		ProductBatch batch = navigator.batch(0);
		navigator.open(0).loaded();
		waitForJobs(TIMEOUT_MS);
		Files.createDirectories(LOT_FILE.getParent());
		Files.writeString(LOT_FILE, batch.code());
		writeEditorState(page().getEditorReferences()[0]);
	}

	/**
	 * Writes the editor's input into the workbench model as File > Exit does
	 * (EditorReference.persist, internal): the test harness's shutdown saved the
	 * model without it, so the editor's part came back without its input. The
	 * product's exit writes it (seen with ./agritrace: open a batch, Exit, start
	 * again). What this test proves is the rest: the model kept (save and restore
	 * on), a real restart, and the input restored through the element factory.
	 */
	private static void writeEditorState(IEditorReference editor) throws ReflectiveOperationException {
		Method persist = editor.getClass().getDeclaredMethod("persist"); //$NON-NLS-1$
		persist.setAccessible(true);
		assertTrue((Boolean) persist.invoke(editor), "the editor's input is persistable");
	}

	@Test
	@EnabledIfSystemProperty(named = PHASE, matches = "after")
	void afterTheRestartTheSameBatchIsOpenAgain() throws Exception {
		String code = Files.readString(LOT_FILE).strip();
		IEditorReference[] editors = page().getEditorReferences();
		assertEquals(1, editors.length, "the one editor left open: " + Arrays.toString(editors));
		IEditorPart part = editors[0].getEditor(true);
		IEditorInput input = part.getEditorInput();
		assertTrue(input instanceof BatchEditorInput restored && restored.batch().code().equals(code),
				"restored through the element factory: " + input + " in " + part);
		BatchEditor editor = (BatchEditor) part;
		page().activate(editor);
		TraceStore store = PlatformUI.getWorkbench().getService(WorkspaceStore.class).get();
		int events = store.traces().trace(code).all().events().size();
		BatchEditorBot bot = BatchEditorBot.of(editor).loaded();
		waitUntil("the restored editor's trace", TIMEOUT_MS, () -> bot.timelineRows() == events);
		screenshot("editor-restored");
	}
}
