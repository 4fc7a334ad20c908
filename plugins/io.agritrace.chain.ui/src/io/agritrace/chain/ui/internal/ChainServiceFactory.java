package io.agritrace.chain.ui.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import io.agritrace.ui.WorkbenchServiceFactory;
import io.agritrace.ui.WorkspaceStore;

/** Makes the {@link ChainService} a workbench service, over the workbench's store. */
public final class ChainServiceFactory extends WorkbenchServiceFactory<ChainService> {

	public ChainServiceFactory() {
		super(ChainService.class);
	}

	@Override
	protected ChainService create() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		return new ChainService(workbench.getService(WorkspaceStore.class), workbench.getService(IEventBroker.class));
	}
}
