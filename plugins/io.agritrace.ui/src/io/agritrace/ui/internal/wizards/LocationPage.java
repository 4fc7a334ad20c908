package io.agritrace.ui.internal.wizards;

import static io.agritrace.core.model.MasterDataValidator.FIELD_DIVISION;
import static io.agritrace.core.model.MasterDataValidator.FIELD_GLN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_LATITUDE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_LONGITUDE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_EN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_ZH;
import static io.agritrace.core.model.MasterDataValidator.FIELD_OPERATOR;

import org.eclipse.swt.widgets.Text;

import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.MasterDataValidator;
import io.agritrace.ui.internal.ActingOrganisation;
import io.agritrace.ui.internal.CommonMessages;

/** A plot, warehouse, plant or shop: GLN, county, names, where it is (WGS-84) and who runs it. */
final class LocationPage extends RecordPage<Location> {

	private MasterDataValidator validator;
	private Text gln;
	private DivisionPicker division;
	private Text nameZh;
	private Text nameEn;
	private Text latitude;
	private Text longitude;
	private Text operator;

	LocationPage() {
		super("location", Messages.LocationWizard_title, Messages.LocationWizard_description); //$NON-NLS-1$
	}

	@Override
	protected void createFields(FieldGrid grid) {
		validator = new MasterDataValidator(grid::label);
		gln = grid.text(FIELD_GLN, CommonMessages.Field_gln);
		gln.setTextLimit(13);
		division = new DivisionPicker(grid, FIELD_DIVISION, CommonMessages.Field_county);
		nameZh = grid.text(FIELD_NAME_ZH, CommonMessages.Field_nameZh);
		nameEn = grid.text(FIELD_NAME_EN, CommonMessages.Field_nameEn);
		latitude = grid.text(FIELD_LATITUDE, CommonMessages.Field_latitude);
		longitude = grid.text(FIELD_LONGITUDE, CommonMessages.Field_longitude);
		operator = grid.text(FIELD_OPERATOR, CommonMessages.Field_operator);
		// Most sites registered in a workspace are its own organisation's.
		String acting = ActingOrganisation.uri();
		if (acting != null && acting.startsWith(Gln.partyUri(""))) { //$NON-NLS-1$
			operator.setText(acting.substring(Gln.partyUri("").length())); //$NON-NLS-1$
		}
	}

	@Override
	protected Location read() {
		return validator.location(gln.getText(), division.code(), nameZh.getText(), nameEn.getText(), latitude.getText(),
				longitude.getText(), operator.getText());
	}
}
