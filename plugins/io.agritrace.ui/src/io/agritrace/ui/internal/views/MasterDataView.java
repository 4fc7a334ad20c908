package io.agritrace.ui.internal.views;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.osgi.service.event.EventHandler;

import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.MasterData;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.PartyRole;
import io.agritrace.core.model.Product;
import io.agritrace.service.Categories;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.MasterDataKind;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.HeadingsContent;
import io.agritrace.ui.internal.properties.PropertiesAdapterFactory;
import io.agritrace.ui.internal.wizards.EditMasterDataWizard;

/**
 * What the workspace has registered: organisations, sites and products, each
 * under its heading; the Properties view shows the selected one's fields, and
 * the view's tool bar opens the Register wizards. Its context menu edits the
 * selected record (double-click too), deactivates or reactivates it, deletes
 * it when nothing refers to it and shows its history; deactivated records are
 * greyed and marked, and a tool bar toggle hides them. Read again whenever a
 * Job says master data was stored.
 */
public final class MasterDataView extends ViewPart {

	public static final String ID = "io.agritrace.ui.views.masterData"; //$NON-NLS-1$

	private static final String SEPARATOR = "  \u00b7  "; //$NON-NLS-1$

	/** A heading and the registered items under it. */
	record Heading(String title, List<?> items) {
	}

	/** What is registered, and the keys of what is deactivated. */
	private record Entries(MasterData data, Set<String> inactive) {
	}

	private TreeViewer viewer;
	private StoreReadJob<Entries> reader;
	private Set<String> inactive = Set.of();
	private Map<String, String> partyNames = Map.of();
	private PropertySheetPage properties;
	final IAction edit = action(Messages.MasterData_edit, IAction.AS_PUSH_BUTTON, this::edit);
	final IAction deactivate = action(Messages.MasterData_deactivate, IAction.AS_PUSH_BUTTON, () -> setActive(false));
	final IAction reactivate = action(Messages.MasterData_reactivate, IAction.AS_PUSH_BUTTON, () -> setActive(true));
	final IAction delete = action(Messages.MasterData_delete, IAction.AS_PUSH_BUTTON, this::delete);
	final IAction history = action(Messages.MasterData_history, IAction.AS_PUSH_BUTTON, this::history);
	final IAction showInactive = action(Messages.MasterData_showInactive, IAction.AS_CHECK_BOX, () -> viewer.refresh());
	private Image partyImage;
	private Image locationImage;
	private Image productImage;
	private final EventHandler masterDataChanged = event -> reader.schedule();

	@Override
	public void createPartControl(Composite parent) {
		partyImage = image("icons/party.png"); //$NON-NLS-1$
		locationImage = image("icons/location.png"); //$NON-NLS-1$
		productImage = image("icons/product.png"); //$NON-NLS-1$
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new HeadingsContent<>(Heading.class, Heading::items));
		viewer.setLabelProvider(new Labels());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer shown, Object parent, Object element) {
				return showInactive.isChecked() || !inactive(element);
			}
		});
		getSite().setSelectionProvider(viewer);
		reader = new StoreReadJob<>(Messages.MasterData_reading, getSite().getService(WorkspaceStore.class), store -> {
			Set<String> keys = new HashSet<>();
			for (MasterDataKind kind : MasterDataKind.values()) {
				keys.addAll(store.masterData().inactive(kind));
			}
			return new Entries(new MasterData(store.masterData().parties(), store.masterData().locations(),
					store.masterData().products()), keys);
		}, viewer.getControl(), this::show);
		reader.schedule();
		getSite().getService(IEventBroker.class).subscribe(StoreTopics.MASTER_DATA, masterDataChanged);
		showInactive.setChecked(true);
		showInactive.setToolTipText(Messages.MasterData_showInactiveTooltip);
		getViewSite().getActionBars().getToolBarManager().add(showInactive);
		MenuManager menu = new MenuManager();
		menu.add(edit);
		menu.add(history);
		menu.add(new Separator());
		menu.add(deactivate);
		menu.add(reactivate);
		menu.add(delete);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.addSelectionChangedListener(e -> enableActions());
		viewer.addDoubleClickListener(e -> {
			if (edit.isEnabled()) {
				edit.run();
			}
		});
		enableActions();
	}

	/** The Properties view says whether the record selected here is still offered for new records. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			properties = new PropertySheetPage();
			properties.setPropertySourceProvider(element -> PropertiesAdapterFactory.ofMasterData(element, !inactive(element),
					uri -> partyNames.getOrDefault(uri, uri)));
			return adapter.cast(properties);
		}
		return super.getAdapter(adapter);
	}

	private void show(Entries entries) {
		inactive = entries.inactive();
		partyNames = entries.data().parties().stream()
				.collect(Collectors.toMap(Party::uri, p -> p.name(WorkbenchLanguage.current()), (a, b) -> a));
		if (properties != null && properties.getControl() != null && !properties.getControl().isDisposed()) {
			properties.refresh();
		}
		MasterData data = entries.data();
		viewer.setInput(List.of(new Heading(Messages.MasterData_parties, data.parties()),
				new Heading(Messages.MasterData_locations, data.locations()),
				new Heading(Messages.MasterData_products, data.products())));
		viewer.expandToLevel(2);
		enableActions();
	}

	/** Shows each record under its name, greyed and marked when deactivated. */
	private final class Labels extends LabelProvider implements IColorProvider {

		@Override
		public String getText(Object element) {
			String label = label(element, WorkbenchLanguage.current());
			return inactive(element) ? label + SEPARATOR + Messages.MasterData_inactive : label;
		}

		@Override
		public Image getImage(Object element) {
			return switch (element) {
			case Party p -> partyImage;
			case Location l -> locationImage;
			case Product p -> productImage;
			default -> null;
			};
		}

		@Override
		public Color getForeground(Object element) {
			return inactive(element) ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
		}

		@Override
		public Color getBackground(Object element) {
			return null;
		}
	}

	/** Whether the element is a deactivated record; a heading or a property's value is none. */
	boolean inactive(Object element) {
		return (element instanceof Party || element instanceof Location || element instanceof Product)
				&& inactive.contains(MasterDataEditor.key(element));
	}

	/** The one record selected, or null. */
	private Object selected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		Object first = selection.getFirstElement();
		return selection.size() == 1 && !(first instanceof Heading) ? first : null;
	}

	private void enableActions() {
		Object record = selected();
		boolean off = record != null && inactive(record);
		edit.setEnabled(record != null && !external(record));
		history.setEnabled(record != null);
		deactivate.setEnabled(record != null && !off);
		reactivate.setEnabled(off);
		delete.setEnabled(record != null);
	}

	/** Imported records were not registered here: their fields are the document's, which no form checks. */
	private static boolean external(Object record) {
		return switch (record) {
		case Party p -> p.external();
		case Location l -> l.external();
		case Product p -> p.external();
		default -> true;
		};
	}

	private void edit() {
		Object record = selected();
		WizardDialog dialog = new WizardDialog(getSite().getShell(),
				EditMasterDataWizard.of(record, getSite().getService(WorkspaceStore.class)));
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	private void setActive(boolean active) {
		Object record = selected();
		write(active ? Messages.MasterData_reactivate : Messages.MasterData_deactivate, editor -> {
			if (active) {
				editor.reactivate(MasterDataEditor.kind(record), MasterDataEditor.key(record));
			} else {
				editor.deactivate(MasterDataEditor.kind(record), MasterDataEditor.key(record));
			}
		});
	}

	private void delete() {
		Object record = selected();
		String name = label(record, WorkbenchLanguage.current());
		if (MessageDialog.openConfirm(getSite().getShell(), Messages.MasterData_deleteTitle,
				NLS.bind(Messages.MasterData_deleteConfirm, name))) {
			write(Messages.MasterData_deleteTitle,
					editor -> editor.delete(MasterDataEditor.kind(record), MasterDataEditor.key(record)));
		}
	}

	private void write(String name, Consumer<MasterDataEditor> change) {
		new MasterDataWriteJob(name, getSite().getService(WorkspaceStore.class), change, viewer.getControl()).schedule();
	}

	private void history() {
		Object record = selected();
		MasterDataHistoryDialog dialog = new MasterDataHistoryDialog(getSite().getShell(), record,
				label(record, WorkbenchLanguage.current()), getSite().getService(WorkspaceStore.class));
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	private static IAction action(String text, int style, Runnable run) {
		return new Action(text, style) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** An item as the tree names it: its name in the user's language and what tells it apart. */
	static String label(Object element, Locale language) {
		return switch (element) {
		case Heading h -> h.title() + " (" + h.items().size() + ')'; //$NON-NLS-1$
		case Party p -> p.name(language) + SEPARATOR + PartyRole.labelOf(p.role(), language);
		case Location l -> l.name(language) + SEPARATOR + where(l, language);
		case Product p -> p.name(language) + SEPARATOR + Categories.name(p.category(), language);
		default -> String.valueOf(element);
		};
	}

	/** A site's county; a site known only from an imported document has none. */
	private static String where(Location l, Locale language) {
		if (l.division() != null) {
			return Divisions.name(l.division(), language);
		}
		return l.external() ? Messages.MasterData_imported : Messages.MasterData_noCounty;
	}

	private Image image(String path) {
		return ResourceLocator.imageDescriptorFromBundle(getClass(), path).orElseThrow().createImage();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getService(IEventBroker.class).unsubscribe(masterDataChanged);
		reader.cancel();
		partyImage.dispose();
		locationImage.dispose();
		productImage.dispose();
		super.dispose();
	}
}
