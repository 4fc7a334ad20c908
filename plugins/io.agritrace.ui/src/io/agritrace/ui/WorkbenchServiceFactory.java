package io.agritrace.ui;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Makes a service one per workbench, for an {@code org.eclipse.ui.services}
 * factory: windows, sites and handlers that ask get the workbench's instance
 * through their parent, so it is created once.
 *
 * @param <T> the service
 */
public abstract class WorkbenchServiceFactory<T> extends AbstractServiceFactory {

	private final Class<T> api;

	protected WorkbenchServiceFactory(Class<T> api) {
		this.api = api;
	}

	@Override
	public final Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface != api) {
			return null;
		}
		Object inherited = parentLocator == null ? null : parentLocator.getService(api);
		return inherited != null ? inherited : create();
	}

	/** The workbench's instance; called once, when the workbench's own locator first asks. */
	protected abstract T create();
}
