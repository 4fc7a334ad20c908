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
	private final Location editing;

	/** @param editing the registered site to correct, or null for a new one */
	LocationPage(Location editing) {
		super("location", editing == null ? Messages.LocationWizard_title : Messages.LocationEdit_title, //$NON-NLS-1$
				editing == null ? Messages.LocationWizard_description : Messages.Edit_description);
		this.editing = editing;
	}

	@Override
	protected void createFields(FieldGrid grid) {
		validator = new MasterDataValidator(grid::label);
		gln = grid.text(FIELD_GLN, CommonMessages.Field_gln);
		gln.setTextLimit(13);
		division = new DivisionPicker(grid, FIELD_DIVISION, CommonMessages.Field_county);
		nameZh = grid.text(FIELD_NAME_ZH, CommonMessages.Field_nameZh);
		nameEn = grid.text(FIELD_NAME_EN, Messages.Field_nameEnOptional);
		latitude = grid.text(FIELD_LATITUDE, CommonMessages.Field_latitude);
		longitude = grid.text(FIELD_LONGITUDE, CommonMessages.Field_longitude);
		operator = grid.text(FIELD_OPERATOR, CommonMessages.Field_operator);
		if (editing != null) {
			show(editing);
		} else {
			// Most sites registered in a workspace are its own organisation's.
			operator.setText(typed(ActingOrganisation.uri()));
		}
	}

	/** The site's fields as registered; its GLN cannot change. */
	private void show(Location l) {
		gln.setText(l.uri().substring(Gln.locationUri("").length())); //$NON-NLS-1$
		division.select(l.division());
		nameZh.setText(l.nameZh());
		nameEn.setText(l.nameEn() == null ? "" : l.nameEn()); //$NON-NLS-1$
		latitude.setText(l.latitude() == null ? "" : l.latitude().toString()); //$NON-NLS-1$
		longitude.setText(l.longitude() == null ? "" : l.longitude().toString()); //$NON-NLS-1$
		operator.setText(typed(l.operator()));
		IdentifierLock.lock(fields(), Messages.LocationEdit_locked, gln);
	}

	/** A party's URI as the operator field takes it: a party GLN as its 13 digits, any other URI whole. */
	private static String typed(String party) {
		if (party == null) {
			return ""; //$NON-NLS-1$
		}
		return party.startsWith(Gln.partyUri("")) ? party.substring(Gln.partyUri("").length()) : party; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected Location read() {
		return validator.location(gln.getText(), division.code(), nameZh.getText(), nameEn.getText(), latitude.getText(),
				longitude.getText(), operator.getText());
	}
}
