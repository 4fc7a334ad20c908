package io.agritrace.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import io.agritrace.core.model.Party;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.ActingOrganisation;
import io.agritrace.ui.internal.CommonMessages;

/**
 * The bureau clerk's wizard for a farm, cooperative, processor, carrier, shop
 * or inspector; also how a new workspace names the organisation it records for.
 */
public final class RegisterPartyWizard extends RegisterWizard<Party> {

	public static final String ID = "io.agritrace.ui.wizards.registerParty"; //$NON-NLS-1$

	private PartyPage page;

	public RegisterPartyWizard() {
		super(Messages.PartyWizard_title, StoreTopics.MASTER_DATA);
	}

	@Override
	protected RecordPage<Party> createPage() {
		page = new PartyPage(null);
		return page;
	}

	/** Reads off the UI thread whether the workspace has an organisation of its own yet (imported ones are not). */
	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		new StoreReadJob<>(CommonMessages.Wizard_reading, store(),
				trace -> trace.masterData().parties().stream().allMatch(Party::external), page.getControl(),
				page::proposeActsFor).schedule();
	}

	@Override
	protected void save(TraceStore trace, Party party) {
		MasterDataEditor.asUser(trace).register(party);
	}

	@Override
	protected void stored(Party party) {
		if (page.actsFor()) {
			ActingOrganisation.remember(party.uri());
		}
	}

	@Override
	protected String registered(Party record) {
		return NLS.bind(Messages.PartyWizard_stored, record.name(WorkbenchLanguage.current()));
	}
}
