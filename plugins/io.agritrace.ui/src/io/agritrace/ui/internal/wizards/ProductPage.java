package io.agritrace.ui.internal.wizards;

import static io.agritrace.core.model.MasterDataValidator.FIELD_CATEGORY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_GTIN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_EN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_ZH;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.model.MasterDataValidator;
import io.agritrace.core.model.Product;
import io.agritrace.ui.internal.Messages;

/** A trade item of the catalogue: GTIN (its check digit checked as typed), names, category. */
final class ProductPage extends RecordPage<Product> {

	private MasterDataValidator validator;
	private Text gtin;
	private Text nameZh;
	private Text nameEn;
	private Combo category;

	ProductPage() {
		super("product", Messages.ProductWizard_title, Messages.ProductWizard_description); //$NON-NLS-1$
	}

	@Override
	protected void createFields(FieldGrid grid) {
		validator = new MasterDataValidator(grid::label);
		gtin = grid.text(FIELD_GTIN, Messages.Field_gtin);
		gtin.setTextLimit(14);
		nameZh = grid.text(FIELD_NAME_ZH, Messages.Field_nameZh);
		nameEn = grid.text(FIELD_NAME_EN, Messages.Field_nameEn);
		category = grid.proposals(FIELD_CATEGORY, Messages.Field_category, List.of());
	}

	/** Proposes the categories the catalogue uses already. */
	void proposeCategories(List<String> categories) {
		fill(() -> {
			String typed = category.getText();
			category.setItems(categories.toArray(String[]::new));
			category.setText(typed);
		});
	}

	@Override
	protected Product read() {
		return validator.product(gtin.getText(), nameZh.getText(), nameEn.getText(), category.getText());
	}
}
