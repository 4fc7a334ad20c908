package io.agritrace.ui.internal.views;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.commands.ICommandService;

import io.agritrace.ui.internal.handlers.CommandIds;
import io.agritrace.ui.internal.wizards.RegisterPartyWizard;

/**
 * What the navigator shows on an empty workspace instead of an empty tree:
 * load the demo data, or start with one's own organisation.
 */
final class NavigatorInvitation {

	private NavigatorInvitation() {
	}

	static Composite create(Composite parent, IViewSite site) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.WRAP);
		title.setText(Messages.BatchNavigator_emptyTitle);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.BatchNavigator_emptyHint);
		GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false);
		hintData.widthHint = 220;
		hint.setLayoutData(hintData);
		Button load = new Button(page, SWT.PUSH);
		load.setText(Messages.BatchNavigator_loadDemo);
		load.addListener(SWT.Selection, e -> NavigatorActionGroup.execute(site, new ParameterizedCommand(
				site.getService(ICommandService.class).getCommand(CommandIds.LOAD_DEMO_DATA), null)));
		Label start = new Label(page, SWT.WRAP);
		start.setText(Messages.BatchNavigator_startHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).indent(0, 12).applyTo(start);
		Button register = new Button(page, SWT.PUSH);
		register.setText(Messages.BatchNavigator_registerOrganisation);
		// As the Register menu opens it: through the platform's New Wizard command.
		register.addListener(SWT.Selection, e -> NavigatorActionGroup.execute(site, ParameterizedCommand.generateCommand(
				site.getService(ICommandService.class).getCommand(IWorkbenchCommandConstants.FILE_NEW),
				Map.of(IWorkbenchCommandConstants.FILE_NEW_PARM_WIZARDID, RegisterPartyWizard.ID))));
		return page;
	}
}
