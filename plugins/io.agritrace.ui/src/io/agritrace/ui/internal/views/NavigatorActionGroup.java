package io.agritrace.ui.internal.views;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionGroup;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.statushandlers.StatusManager;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.ui.internal.handlers.CommandIds;

/**
 * What the user does in the navigator besides typing a filter: Group By in
 * the view menu, Link with Editor in its tool bar, the context menu (filled by
 * commands contributed to {@code popup:}{@value BatchNavigatorView#ID}), and
 * a double-click, which opens a batch or opens and closes a heading.
 */
final class NavigatorActionGroup extends ActionGroup {

	/** The view menu's Group By submenu. */
	static final String GROUP_BY_MENU = BatchNavigatorView.ID + ".groupBy"; //$NON-NLS-1$

	private final BatchNavigatorView view;

	NavigatorActionGroup(BatchNavigatorView view, TreeViewer viewer) {
		this.view = view;
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		view.getSite().registerContextMenu(menu, viewer);
		viewer.addDoubleClickListener(e -> {
			Object clicked = viewer.getStructuredSelection().getFirstElement();
			if (clicked instanceof ProductBatch) {
				execute(view.getViewSite(), new ParameterizedCommand(
						view.getSite().getService(ICommandService.class).getCommand(CommandIds.OPEN_BATCH), null));
			} else if (clicked != null) {
				viewer.setExpandedState(clicked, !viewer.getExpandedState(clicked));
			}
		});
	}

	/** The view menu's Group By choices and the tool bar's Link with Editor. */
	@Override
	public void fillActionBars(IActionBars bars) {
		MenuManager groupBy = new MenuManager(Messages.BatchNavigator_groupBy, GROUP_BY_MENU);
		for (Grouping g : Grouping.values()) {
			Action choose = new Action(g.label(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						view.group(g);
					}
				}
			};
			choose.setChecked(g == view.grouping());
			groupBy.add(choose);
		}
		bars.getMenuManager().add(groupBy);
		Action link = new Action(Messages.BatchNavigator_linkWithEditor, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				view.link(isChecked());
			}
		};
		link.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		link.setChecked(view.linked());
		bars.getToolBarManager().add(link);
		bars.updateActionBars();
	}

	/** Runs a command as its menu item would; a failure is logged and shown. */
	static void execute(IViewSite site, ParameterizedCommand command) {
		try {
			site.getService(IHandlerService.class).executeCommand(command, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.LOG | StatusManager.SHOW);
		}
	}
}
