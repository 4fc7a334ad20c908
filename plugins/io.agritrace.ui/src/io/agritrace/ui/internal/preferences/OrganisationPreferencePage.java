package io.agritrace.ui.internal.preferences;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Party;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.ActingOrganisation;
import io.agritrace.ui.internal.CommonMessages;

/**
 * Window > Preferences > Organisation: whom this workspace records for. The
 * Record Event wizard proposes it as "who", and its sites as "where"; the
 * registered parties are read in a Job.
 */
public final class OrganisationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "io.agritrace.ui.preferences.organisation"; //$NON-NLS-1$

	private WorkspaceStore store;
	private List<Party> parties = List.of();
	private Combo organisation;

	@Override
	public void init(IWorkbench workbench) {
		store = workbench.getService(WorkspaceStore.class);
		setDescription(Messages.OrganisationPreferences_description);
		noDefaultButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.OrganisationPreferences_organisation);
		organisation = new Combo(body, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(organisation);
		String chosen = ActingOrganisation.uri();
		// The active parties; a deactivated choice stays listed, as the page changes no choice by itself.
		new StoreReadJob<>(CommonMessages.Wizard_reading, store, trace -> offered(trace, chosen), organisation, this::offer)
				.schedule();
		return body;
	}

	private static List<Party> offered(TraceStore trace, String chosen) {
		List<Party> active = trace.masterData().activeParties();
		return trace.masterData().parties().stream().filter(p -> active.contains(p) || p.uri().equals(chosen)).toList();
	}

	private void offer(List<Party> registered) {
		parties = registered;
		organisation.setItems(registered.stream().map(p -> DisplayLanguage.name(WorkbenchLanguage.current(), p.nameZh(), p.nameEn()))
				.toArray(String[]::new));
		String chosen = ActingOrganisation.uri();
		for (int i = 0; i < registered.size(); i++) {
			if (registered.get(i).uri().equals(chosen)) {
				organisation.select(i);
			}
		}
	}

	@Override
	public boolean performOk() {
		int chosen = organisation.getSelectionIndex();
		if (chosen >= 0 && chosen < parties.size()) {
			ActingOrganisation.remember(parties.get(chosen).uri());
		}
		return true;
	}
}
