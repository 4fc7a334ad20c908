package io.agritrace.ui.internal.wizards;

import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import io.agritrace.core.model.Product;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.CommonMessages;

/** The bureau clerk's wizard for a product of the catalogue. */
public final class RegisterProductWizard extends RegisterWizard<Product> {

	public static final String ID = "io.agritrace.ui.wizards.registerProduct"; //$NON-NLS-1$

	private ProductPage page;

	public RegisterProductWizard() {
		super(Messages.ProductWizard_title, StoreTopics.MASTER_DATA);
	}

	@Override
	protected RecordPage<Product> createPage() {
		page = new ProductPage(null);
		return page;
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		new StoreReadJob<>(CommonMessages.Wizard_reading, store(),
				trace -> trace.masterData().products().stream().map(Product::category).filter(Objects::nonNull)
						.distinct().sorted().toList(),
				page.getControl(), page::proposeCategories).schedule();
	}

	@Override
	protected void save(TraceStore trace, Product product) {
		MasterDataEditor.asUser(trace).register(product);
	}

	@Override
	protected String registered(Product record) {
		return NLS.bind(Messages.ProductWizard_stored, record.name(WorkbenchLanguage.current()));
	}
}
