package io.agritrace.ui.internal;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import io.agritrace.ui.WorkbenchServiceFactory;
import io.agritrace.ui.WorkspaceStore;

/**
 * Makes the {@link WorkspaceStore} a workbench service, closed after the
 * workbench has shut down (not when a part's site that asked first goes).
 */
public final class WorkspaceStoreFactory extends WorkbenchServiceFactory<WorkspaceStore> {

	public WorkspaceStoreFactory() {
		super(WorkspaceStore.class);
	}

	@Override
	protected WorkspaceStore create() {
		WorkspaceStore store = new WorkspaceStore();
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				store.close();
			}
		});
		return store;
	}
}
