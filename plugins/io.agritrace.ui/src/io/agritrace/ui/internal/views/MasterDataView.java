package io.agritrace.ui.internal.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.MasterData;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.PartyRole;
import io.agritrace.core.model.Product;
import io.agritrace.service.Categories;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.HeadingsContent;

/**
 * What the workspace has registered: organisations, sites and products, each
 * under its heading; the Properties view shows the selected one's fields, and
 * the view's tool bar opens the Register wizards. Read again whenever a Job
 * says master data was stored.
 */
public final class MasterDataView extends ViewPart {

	public static final String ID = "io.agritrace.ui.views.masterData"; //$NON-NLS-1$

	private static final String SEPARATOR = "  \u00b7  "; //$NON-NLS-1$

	/** A heading and the registered items under it. */
	record Heading(String title, List<?> items) {
	}

	private TreeViewer viewer;
	private StoreReadJob<MasterData> reader;
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
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label(element, WorkbenchLanguage.current());
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
		});
		getSite().setSelectionProvider(viewer);
		reader = new StoreReadJob<>(Messages.MasterData_reading, getSite().getService(WorkspaceStore.class),
				store -> new MasterData(store.masterData().parties(), store.masterData().locations(),
						store.masterData().products()),
				viewer.getControl(), this::show);
		reader.schedule();
		getSite().getService(IEventBroker.class).subscribe(StoreTopics.MASTER_DATA, masterDataChanged);
	}

	private void show(MasterData data) {
		viewer.setInput(List.of(new Heading(Messages.MasterData_parties, data.parties()),
				new Heading(Messages.MasterData_locations, data.locations()),
				new Heading(Messages.MasterData_products, data.products())));
		viewer.expandToLevel(2);
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
