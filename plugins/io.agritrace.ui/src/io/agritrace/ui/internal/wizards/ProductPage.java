package io.agritrace.ui.internal.wizards;

import static io.agritrace.core.model.MasterDataValidator.FIELD_CATEGORY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_GTIN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_EN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_ZH;
import static io.agritrace.core.model.MasterDataValidator.FIELD_STORAGE_BAND;
import static io.agritrace.core.model.MasterDataValidator.FIELD_UNIT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.MasterDataValidator;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageBand;
import io.agritrace.service.Categories;
import io.agritrace.service.Quantities;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.CommonMessages;

/**
 * A trade item of the catalogue: GTIN (its check digit checked as typed), names,
 * category, the unit its lots are counted in and the storage band it must be kept in, where one applies.
 */
final class ProductPage extends RecordPage<Product> {

	private MasterDataValidator validator;
	private Text gtin;
	private Text nameZh;
	private Text nameEn;
	private Combo category;
	private Combo unit;
	private Combo storageBand;
	private final Product editing;

	/** @param editing the registered product to correct, or null for a new one */
	ProductPage(Product editing) {
		super("product", editing == null ? Messages.ProductWizard_title : Messages.ProductEdit_title, //$NON-NLS-1$
				editing == null ? Messages.ProductWizard_description : Messages.Edit_description);
		this.editing = editing;
	}

	@Override
	protected void createFields(FieldGrid grid) {
		validator = new MasterDataValidator(grid::label);
		gtin = grid.text(FIELD_GTIN, CommonMessages.Field_gtin);
		gtin.setTextLimit(14);
		nameZh = grid.text(FIELD_NAME_ZH, CommonMessages.Field_nameZh);
		nameEn = grid.text(FIELD_NAME_EN, Messages.Field_nameEnOptional);
		category = grid.proposals(FIELD_CATEGORY, CommonMessages.Field_category, List.of());
		unit = grid.choice(FIELD_UNIT, CommonMessages.Field_unit, BatchValidator.UNITS.stream()
				.map(unit -> Quantities.unitName(unit, WorkbenchLanguage.current())).toList());
		unit.select(0);
		List<String> bands = new ArrayList<>(List.of(Messages.ProductWizard_noStorageBand));
		Arrays.stream(StorageBand.values()).map(b -> b.label(WorkbenchLanguage.current())).forEach(bands::add);
		storageBand = grid.choice(FIELD_STORAGE_BAND, CommonMessages.Field_storageBand, bands);
		storageBand.select(0);
		if (editing != null) {
			show(editing);
		}
	}

	/** The product's fields as registered; its GTIN cannot change. */
	private void show(Product p) {
		gtin.setText(p.gtin());
		nameZh.setText(p.nameZh());
		nameEn.setText(p.nameEn() == null ? "" : p.nameEn()); //$NON-NLS-1$
		category.setText(p.category() == null ? "" : Categories.name(p.category(), WorkbenchLanguage.current())); //$NON-NLS-1$
		unit.select(Math.max(0, BatchValidator.UNITS.indexOf(p.unit())));
		storageBand.select(p.storageBand() == null ? 0 : p.storageBand().ordinal() + 1);
		IdentifierLock.lock(fields(), Messages.ProductEdit_locked, gtin);
	}

	/** Proposes the categories the catalogue uses already, by their names in the user's language. */
	void proposeCategories(List<String> categories) {
		fill(() -> {
			String typed = category.getText();
			category.setItems(categories.stream().map(c -> Categories.name(c, WorkbenchLanguage.current())).sorted()
					.toArray(String[]::new));
			category.setText(typed);
		});
	}

	@Override
	protected Product read() {
		int band = storageBand.getSelectionIndex();
		return validator.product(gtin.getText(), nameZh.getText(), nameEn.getText(),
				Categories.code(category.getText(), WorkbenchLanguage.current()),
				BatchValidator.UNITS.get(unit.getSelectionIndex()), band <= 0 ? null : StorageBand.values()[band - 1].code());
	}
}
