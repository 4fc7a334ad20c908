package io.agritrace.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.model.Location;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;

/** The bureau clerk's wizard for a plot, warehouse, plant or shop. */
public final class RegisterLocationWizard extends RegisterWizard<Location> {

	public static final String ID = "io.agritrace.ui.wizards.registerLocation"; //$NON-NLS-1$

	public RegisterLocationWizard() {
		super(Messages.LocationWizard_title, StoreTopics.MASTER_DATA);
	}

	@Override
	protected RecordPage<Location> createPage() {
		return new LocationPage(null);
	}

	@Override
	protected void save(TraceStore trace, Location location) {
		MasterDataEditor.asUser(trace).register(location);
	}

	@Override
	protected String registered(Location record) {
		return NLS.bind(Messages.LocationWizard_stored, record.name(WorkbenchLanguage.current()));
	}
}
