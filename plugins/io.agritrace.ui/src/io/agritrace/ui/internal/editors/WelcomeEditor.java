package io.agritrace.ui.internal.editors;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.HyperlinkSettings;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.service.event.EventHandler;

import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.ViewOnlyEditor;
import io.agritrace.ui.internal.handlers.CommandIds;
import io.agritrace.ui.internal.wizards.RegisterHarvestWizard;
import io.agritrace.ui.internal.wizards.RegisterPartyWizard;

/**
 * What the editor area shows on a workspace without records, instead of a
 * blank grey half of the window: the next steps, each a link that takes it.
 * It closes once batches arrive.
 */
public final class WelcomeEditor extends ViewOnlyEditor {

	public static final String ID = "io.agritrace.ui.editors.welcome"; //$NON-NLS-1$
	private static final String IMPORT_EPCIS = "io.agritrace.ui.commands.importEpcis"; //$NON-NLS-1$
	private static final String OPEN_DASHBOARD = "io.agritrace.ui.commands.openDashboard"; //$NON-NLS-1$

	private FormToolkit toolkit;
	private ScrolledForm form;
	/** The page has done its work once the workspace holds records: it closes when batches arrive. */
	private final EventHandler batchesArrived = event -> getSite().getPage().closeEditor(this, false);

	/** Opens the page unless an editor is open or the workspace holds a batch; the batches are counted in a Job. */
	public static void openIfEmpty(IWorkbenchPage page, WorkspaceStore store) {
		if (page.getEditorReferences().length > 0) {
			return;
		}
		new StoreReadJob<>(Messages.Welcome_reading, store, trace -> trace.batches().count() == 0,
				page.getWorkbenchWindow().getShell(), empty -> {
					if (empty && page.getEditorReferences().length == 0) {
						try {
							page.openEditor(Input.INSTANCE, ID);
						} catch (PartInitException e) {
							StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
						}
					}
				}).schedule();
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName(Messages.Welcome_title);
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		// An underline runs through Chinese characters: links are underlined only under the mouse.
		toolkit.getHyperlinkGroup().setHyperlinkUnderlineMode(HyperlinkSettings.UNDERLINE_HOVER);
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Welcome_title);
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(24, 16).spacing(8, 10).applyTo(body);
		Label intro = toolkit.createLabel(body, Messages.Welcome_intro, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(intro);
		link(body, Messages.Welcome_demo, command(CommandIds.LOAD_DEMO_DATA, Map.of()));
		link(body, Messages.Welcome_organisation, newWizard(RegisterPartyWizard.ID));
		link(body, Messages.Welcome_harvest, newWizard(RegisterHarvestWizard.ID));
		link(body, Messages.Welcome_import, command(IMPORT_EPCIS, Map.of()));
		link(body, Messages.Welcome_dashboard, command(OPEN_DASHBOARD, Map.of()));
		Label hint = toolkit.createLabel(body, Messages.Welcome_hint, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).indent(0, 12).applyTo(hint);
		getSite().getService(IEventBroker.class).subscribe(StoreTopics.BATCHES, batchesArrived);
	}

	private ParameterizedCommand newWizard(String wizardId) {
		return command(IWorkbenchCommandConstants.FILE_NEW, Map.of(IWorkbenchCommandConstants.FILE_NEW_PARM_WIZARDID, wizardId));
	}

	private ParameterizedCommand command(String id, Map<String, String> parameters) {
		return ParameterizedCommand.generateCommand(getSite().getService(ICommandService.class).getCommand(id), parameters);
	}

	private void link(Composite body, String text, ParameterizedCommand command) {
		Hyperlink link = toolkit.createHyperlink(body, text, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).indent(12, 0).applyTo(link);
		link.setData(command);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				try {
					getSite().getService(IHandlerService.class).executeCommand(command, null);
				} catch (Exception failed) {
					StatusManager.getManager().handle(Status.error(failed.getMessage(), failed),
							StatusManager.LOG | StatusManager.SHOW);
				}
			}
		});
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(batchesArrived);
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	/** The page's one input; not kept across restarts, where it opens again if the workspace is still empty. */
	static final class Input implements IEditorInput {
		static final Input INSTANCE = new Input();

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return ImageDescriptor.getMissingImageDescriptor();
		}

		@Override
		public String getName() {
			return Messages.Welcome_title;
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return Messages.Welcome_title;
		}
	}
}
