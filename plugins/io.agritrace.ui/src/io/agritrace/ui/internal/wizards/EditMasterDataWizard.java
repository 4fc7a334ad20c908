package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.wizard.Wizard;

import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.service.MasterDataEditor;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * Corrects a registered organisation, site or product on the page that
 * registered it, filled in and checked the same way; its identifiers are
 * shown read-only. Finish stores the changed fields, and who changed them
 * when, through {@link MasterDataEditor}.
 *
 * @param <T> the record
 */
public final class EditMasterDataWizard<T> extends Wizard {

	/** How the edited record is stored. */
	@FunctionalInterface
	private interface Edit<T> {
		void store(MasterDataEditor editor, T edited);
	}

	private final RecordPage<T> page;
	private final Edit<T> edit;
	private final WorkspaceStore store;

	private EditMasterDataWizard(String title, RecordPage<T> page, Edit<T> edit, WorkspaceStore store) {
		this.page = page;
		this.edit = edit;
		this.store = store;
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	/** The wizard for a {@link Party}, {@link Location} or {@link Product} as the Master Data view shows it. */
	public static EditMasterDataWizard<?> of(Object record, WorkspaceStore store) {
		return switch (record) {
		case Party p -> new EditMasterDataWizard<>(Messages.PartyEdit_title, new PartyPage(p),
				(editor, edited) -> editor.edit(p.uri(), edited), store);
		case Location l -> new EditMasterDataWizard<>(Messages.LocationEdit_title, new LocationPage(l),
				(editor, edited) -> editor.edit(l.uri(), edited), store);
		case Product p -> new EditMasterDataWizard<>(Messages.ProductEdit_title, new ProductPage(p),
				(editor, edited) -> editor.edit(p.gtin(), edited), store);
		default -> throw new IllegalArgumentException(String.valueOf(record));
		};
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		T edited = page.value();
		if (!WizardWrites.write(getContainer(), page, store,
				trace -> edit.store(MasterDataEditor.asUser(trace), edited))) {
			return false;
		}
		StoreTopics.post(StoreTopics.MASTER_DATA, WorkspaceStore.workspace().toString());
		return true;
	}
}
