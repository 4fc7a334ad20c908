package io.agritrace.ui.internal.views;

import static io.agritrace.core.model.MasterDataValidator.FIELD_CATEGORY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_CONTACT;
import static io.agritrace.core.model.MasterDataValidator.FIELD_COUNTY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_DIVISION;
import static io.agritrace.core.model.MasterDataValidator.FIELD_LATITUDE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_LONGITUDE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_EN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_ZH;
import static io.agritrace.core.model.MasterDataValidator.FIELD_OPERATOR;
import static io.agritrace.core.model.MasterDataValidator.FIELD_ROLE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_STORAGE_BAND;
import static io.agritrace.core.model.MasterDataValidator.FIELD_UNIT;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.PartyRole;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.text.Times;
import io.agritrace.service.Categories;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.service.Quantities;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.MasterDataChange;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.TextColumns;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.CommonMessages;

/**
 * A master data record's history: each change with when (in the workspace's
 * zone), who, what and the values before and after, oldest first.
 */
final class MasterDataHistoryDialog extends Dialog {

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry(FIELD_NAME_ZH, CommonMessages.Field_nameZh),
			Map.entry(FIELD_NAME_EN, CommonMessages.Field_nameEn), Map.entry(FIELD_ROLE, CommonMessages.Field_role),
			Map.entry(FIELD_COUNTY, CommonMessages.Field_county), Map.entry(FIELD_DIVISION, CommonMessages.Field_county),
			Map.entry(FIELD_CONTACT, CommonMessages.Field_contact), Map.entry(FIELD_LATITUDE, CommonMessages.Field_latitude),
			Map.entry(FIELD_LONGITUDE, CommonMessages.Field_longitude),
			Map.entry(FIELD_OPERATOR, CommonMessages.Field_operator), Map.entry(FIELD_CATEGORY, CommonMessages.Field_category),
			Map.entry(FIELD_UNIT, CommonMessages.Field_unit), Map.entry(FIELD_STORAGE_BAND, CommonMessages.Field_storageBand));

	private final Object record;
	private final String name;
	private final WorkspaceStore store;

	/** @param name the record's name, for the title */
	MasterDataHistoryDialog(Shell parent, Object record, String name, WorkspaceStore store) {
		super(parent);
		this.record = record;
		this.name = name;
		this.store = store;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.MasterData_historyTitle, name));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		// The shell's title is not shown everywhere (no window manager, a projector's full screen): say it here too.
		Label heading = new Label(area, SWT.NONE);
		heading.setText(NLS.bind(Messages.MasterData_historyTitle, name));
		Label empty = new Label(area, SWT.NONE);
		TableViewer viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Locale language = WorkbenchLanguage.current();
		TextColumns.<MasterDataChange>add(viewer, Messages.MasterData_columnWhen, 130,
				c -> Times.format(c.at(), WorkspaceZone.zone()));
		TextColumns.<MasterDataChange>add(viewer, Messages.MasterData_columnWho, 90, MasterDataChange::by);
		TextColumns.<MasterDataChange>add(viewer, Messages.MasterData_columnChange, 140, MasterDataHistoryDialog::what);
		TextColumns.<MasterDataChange>add(viewer, Messages.MasterData_columnBefore, 300,
				c -> value(c.field(), c.oldValue(), language));
		TextColumns.<MasterDataChange>add(viewer, Messages.MasterData_columnAfter, 300,
				c -> value(c.field(), c.newValue(), language));
		GridDataFactory.fillDefaults().grab(true, true).hint(980, 240).applyTo(viewer.getControl());
		new StoreReadJob<List<MasterDataChange>>(Messages.MasterData_reading, store,
				trace -> trace.masterData().history(MasterDataEditor.kind(record), MasterDataEditor.key(record)),
				viewer.getControl(), changes -> {
					viewer.setInput(changes);
					empty.setText(changes.isEmpty() ? Messages.MasterData_noHistory : ""); //$NON-NLS-1$
					empty.getParent().layout();
				}).schedule();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** The field an edit changed, or what was done. */
	static String what(MasterDataChange change) {
		return switch (change.action()) {
		case EDITED -> FIELDS.getOrDefault(change.field(), change.field()).replaceFirst("[:\uFF1A]\\s*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		case REGISTERED -> Messages.MasterData_registered;
		case DEACTIVATED -> Messages.MasterData_deactivated;
		case REACTIVATED -> Messages.MasterData_reactivated;
		case DELETED -> Messages.MasterData_deleted;
		};
	}

	/** A field's value as the forms show it: a role, county, category, unit or band by its name. */
	static String value(String field, String value, Locale language) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (field) {
		case FIELD_ROLE -> PartyRole.labelOf(value, language);
		case FIELD_COUNTY, FIELD_DIVISION -> Divisions.withCode(value, language);
		case FIELD_CATEGORY -> Categories.name(value, language);
		case FIELD_UNIT -> Quantities.unitName(value, language);
		case FIELD_STORAGE_BAND -> StorageBand.of(field, field, value).label(language);
		default -> value;
		};
	}
}
