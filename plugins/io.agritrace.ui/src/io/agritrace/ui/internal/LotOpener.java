package io.agritrace.ui.internal;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.WorkspaceStore;

/** Opens the Batch editor of a lot named by its identifier, the batch looked up in a Job; a lot no batch registers opens nothing. */
public final class LotOpener {

	private LotOpener() {
	}

	/** @param owner the control whose display shows the editor; nothing opens once it is disposed */
	public static void open(IWorkbenchPage page, WorkspaceStore store, String item, Control owner) {
		if (item == null) {
			return;
		}
		new StoreReadJob<>(Messages.LotOpener_reading, store, trace -> trace.batches().find(item).orElse(null), owner,
				batch -> {
					if (batch != null) {
						try {
							page.openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID);
						} catch (PartInitException e) {
							StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
						}
					}
				}).schedule();
	}
}
