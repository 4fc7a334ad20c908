package io.agritrace.ui.internal.wizards;

import static io.agritrace.core.model.MasterDataValidator.FIELD_CONTACT;
import static io.agritrace.core.model.MasterDataValidator.FIELD_COUNTY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_GLN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_EN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_ZH;
import static io.agritrace.core.model.MasterDataValidator.FIELD_ROLE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_USCC;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.model.MasterDataValidator;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.PartyRole;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.CommonMessages;

/**
 * A party's identity: USCC (its check character checked as typed), GLN, names,
 * role, county, telephone; and whether the workspace records for it.
 */
final class PartyPage extends RecordPage<Party> {

	static final String FIELD_ACTS_FOR = "actsFor"; //$NON-NLS-1$
	private static final List<PartyRole> ROLES = List.of(PartyRole.values());
	/** The roles with producing sites, which are registered with their county. */
	private static final Set<PartyRole> PRODUCERS = EnumSet.of(PartyRole.FARM, PartyRole.COOPERATIVE);

	private MasterDataValidator validator;
	private Text uscc;
	private Text gln;
	private Text nameZh;
	private Text nameEn;
	private Combo role;
	private DivisionPicker county;
	private Text contact;
	private Button actsFor;
	private final Party editing;

	/** @param editing the registered party to correct, or null for a new one */
	PartyPage(Party editing) {
		super("party", editing == null ? Messages.PartyWizard_title : Messages.PartyEdit_title, //$NON-NLS-1$
				editing == null ? Messages.PartyWizard_description : Messages.Edit_description);
		this.editing = editing;
	}

	@Override
	protected void createFields(FieldGrid grid) {
		validator = new MasterDataValidator(grid::label);
		uscc = grid.text(FIELD_USCC, CommonMessages.Field_uscc);
		uscc.setTextLimit(18);
		// Shown read-only when editing: a fixed identifier, not an optional one.
		gln = grid.text(FIELD_GLN, editing == null ? Messages.Field_glnOptional : CommonMessages.Field_gln);
		gln.setTextLimit(13);
		nameZh = grid.text(FIELD_NAME_ZH, CommonMessages.Field_nameZh);
		nameEn = grid.text(FIELD_NAME_EN, Messages.Field_nameEnOptional);
		role = grid.choice(FIELD_ROLE, CommonMessages.Field_role,
				ROLES.stream().map(r -> r.label(WorkbenchLanguage.current())).toList());
		county = new DivisionPicker(grid, FIELD_COUNTY, CommonMessages.Field_county);
		contact = grid.text(FIELD_CONTACT, Messages.Field_contactOptional);
		contact.setTextLimit(20);
		if (editing != null) {
			show(editing);
			return;
		}
		// Left clear until the store says whether this is the workspace's first organisation.
		actsFor = grid.check(FIELD_ACTS_FOR, Messages.PartyWizard_actsFor);
	}

	/**
	 * Ticks "records for it" when no organisation is registered yet: the first is, most likely, the one the
	 * workspace records for (with the 13 of the demo data, none is). A box the user ticked stays ticked.
	 */
	void proposeActsFor(boolean first) {
		if (first) {
			actsFor.setSelection(true);
		}
	}

	/** The party's fields as registered; its USCC and GLN cannot change. */
	private void show(Party p) {
		uscc.setText(p.uscc());
		gln.setText(p.gln() == null ? "" : p.gln()); //$NON-NLS-1$
		nameZh.setText(p.nameZh());
		nameEn.setText(p.nameEn() == null ? "" : p.nameEn()); //$NON-NLS-1$
		role.select(ROLES.stream().map(PartyRole::code).toList().indexOf(p.role()));
		county.select(p.county());
		contact.setText(p.contact() == null ? "" : p.contact()); //$NON-NLS-1$
		IdentifierLock.lock(fields(), Messages.PartyEdit_locked, uscc, gln);
	}

	/** Whether the workspace records for this party from now on; an edit leaves that as it is. */
	boolean actsFor() {
		return actsFor != null && actsFor.getSelection();
	}

	@Override
	protected Party read() {
		PartyRole chosen = role.getSelectionIndex() < 0 ? null : ROLES.get(role.getSelectionIndex());
		Party party = validator.party(uscc.getText(), gln.getText(), nameZh.getText(), nameEn.getText(),
				chosen == null ? null : chosen.code(), county.code(), contact.getText());
		// Where a farm or cooperative produces is its county: origin reports and the county map count by it.
		if (party.county() == null && PRODUCERS.contains(chosen)) {
			throw new FieldError(FIELD_COUNTY, NLS.bind(Messages.PartyWizard_countyRequired, fields().label(FIELD_COUNTY)));
		}
		return party;
	}
}
