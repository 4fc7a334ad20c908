package io.agritrace.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;

/** Which file to import, and whether an event that breaks a rule is flagged or refuses the whole file. */
final class ImportFilePage extends RecordPage<ImportFilePage.Choice> {

	static final String FIELD_FILE = "file"; //$NON-NLS-1$
	static final String FIELD_MODE = "mode"; //$NON-NLS-1$

	record Choice(Path file, boolean strict) {
	}

	private Text file;
	private Combo mode;

	ImportFilePage() {
		super("file", Messages.ImportWizard_fileTitle, Messages.ImportWizard_fileDescription); //$NON-NLS-1$
	}

	@Override
	protected void createFields(FieldGrid grid) {
		file = grid.file(FIELD_FILE, Messages.ImportWizard_file, "*.jsonld;*.json;*.xml;*.csv", "*.*"); //$NON-NLS-1$ //$NON-NLS-2$
		mode = grid.choice(FIELD_MODE, Messages.ImportWizard_mode, List.of(Messages.ImportWizard_flag,
				Messages.ImportWizard_strict));
		mode.select(0);
	}

	@Override
	protected Choice read() {
		String path = file.getText().strip();
		if (path.isEmpty()) {
			throw new FieldError(FIELD_FILE, NLS.bind(Messages.Wizard_required, fields().label(FIELD_FILE)));
		}
		Path chosen = Path.of(path).toAbsolutePath();
		if (!chosen.toFile().isFile()) {
			throw new FieldError(FIELD_FILE,
					NLS.bind(Messages.EventWizard_noFile, fields().label(FIELD_FILE), chosen));
		}
		return new Choice(chosen, mode.getSelectionIndex() == 1);
	}
}
