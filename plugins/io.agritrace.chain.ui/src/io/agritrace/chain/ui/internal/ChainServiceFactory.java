package io.agritrace.chain.ui.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

import io.agritrace.ui.WorkspaceStore;

/** Makes the {@link ChainService} a workbench service: one per workbench, over its workspace store. */
public final class ChainServiceFactory extends AbstractServiceFactory {

	@Override
	public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface != ChainService.class) {
			return null;
		}
		Object inherited = parentLocator == null ? null : parentLocator.getService(ChainService.class);
		if (inherited != null) {
			return inherited;
		}
		var workbench = PlatformUI.getWorkbench();
		return new ChainService(workbench.getService(WorkspaceStore.class), workbench.getService(IEventBroker.class));
	}
}
