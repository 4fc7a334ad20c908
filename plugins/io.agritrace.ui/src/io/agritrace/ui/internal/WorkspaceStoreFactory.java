package io.agritrace.ui.internal;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

import io.agritrace.ui.WorkspaceStore;

/**
 * Makes the {@link WorkspaceStore} a workbench service: one per workbench,
 * which windows, sites and handlers get from their parent, closed after the
 * workbench has shut down (not when a part's site that asked first goes).
 */
public final class WorkspaceStoreFactory extends AbstractServiceFactory {

	@Override
	public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface != WorkspaceStore.class) {
			return null;
		}
		Object inherited = parentLocator == null ? null : parentLocator.getService(WorkspaceStore.class);
		if (inherited != null) {
			return inherited;
		}
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
