package io.agritrace.ui.internal.views;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;

import io.agritrace.service.MasterDataEditor;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Deactivates, reactivates or deletes a master data record off the UI thread,
 * under the store's write rule; a refusal (something refers to what is to be
 * deleted) is shown in the store's own words.
 */
final class MasterDataWriteJob extends Job {

	private final WorkspaceStore store;
	private final Consumer<MasterDataEditor> write;
	private final Control owner;

	MasterDataWriteJob(String name, WorkspaceStore store, Consumer<MasterDataEditor> write, Control owner) {
		super(name);
		this.store = store;
		this.write = write;
		this.owner = owner;
		setRule(WorkspaceStore.WRITE_RULE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			write.accept(MasterDataEditor.asUser(store.get()));
		} catch (RuntimeException e) {
			String refusal = WorkbenchLanguage.text(e);
			owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed()) {
					MessageDialog.openError(owner.getShell(), getName(), refusal);
				}
			});
			return Status.OK_STATUS;
		}
		StoreTopics.post(StoreTopics.MASTER_DATA, WorkspaceStore.workspace().toString());
		return Status.OK_STATUS;
	}
}
