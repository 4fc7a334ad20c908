package io.agritrace.ui.internal.wizards;

import io.agritrace.core.model.Party;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.internal.ActingOrganisation;

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
}
