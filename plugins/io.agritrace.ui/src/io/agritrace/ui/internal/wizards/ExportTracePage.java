package io.agritrace.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;

import io.agritrace.ui.internal.jobs.ExportTraceJob.Format;

/** Which lot, in which form, to which file. */
final class ExportTracePage extends RecordPage<ExportTracePage.Export> {

	static final String FIELD_CODE = "code"; //$NON-NLS-1$
	static final String FIELD_FORMAT = "format"; //$NON-NLS-1$
	static final String FIELD_FILE = "file"; //$NON-NLS-1$

	/** What Finish exports. */
	record Export(String code, Format format, Path file) {
	}

	private final String proposedCode;
	private final String proposedName;
	private Text code;
	private Combo format;
	private Text file;
	private String proposedFile = ""; //$NON-NLS-1$

	/**
	 * @param proposedCode the selected lot's trace code, or ""
	 * @param proposedName the file name proposed without extension, e.g. the lot number
	 */
	ExportTracePage(String proposedCode, String proposedName) {
		super("export", Messages.ExportWizard_pageTitle, Messages.ExportWizard_pageDescription); //$NON-NLS-1$
		this.proposedCode = proposedCode;
		this.proposedName = proposedName;
	}

	@Override
	protected void createFields(FieldGrid grid) {
		code = grid.text(FIELD_CODE, Messages.ExportWizard_code);
		code.setText(proposedCode);
		format = grid.choice(FIELD_FORMAT, Messages.ExportWizard_format,
				List.of(Messages.ExportWizard_epcis, Messages.ExportWizard_spreadsheet));
		format.select(Format.SPREADSHEET.ordinal());
		format.addModifyListener(e -> proposeFile());
		file = grid.saveFile(FIELD_FILE, Messages.ExportWizard_file, "*.csv", "*.jsonld", "*.*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		proposeFile();
	}

	/** The lot's name in the home folder, with the format's extension, unless the user typed a path. */
	private void proposeFile() {
		if (!file.getText().equals(proposedFile)) {
			return;
		}
		Format chosen = Format.values()[format.getSelectionIndex()];
		proposedFile = Path.of(System.getProperty("user.home"), proposedName + '.' + chosen.extension()).toString(); //$NON-NLS-1$
		fill(() -> file.setText(proposedFile));
	}

	@Override
	protected Export read() {
		String lot = code.getText().strip();
		if (lot.isEmpty()) {
			throw new FieldError(FIELD_CODE, NLS.bind(Messages.Wizard_required, fields().label(FIELD_CODE)));
		}
		Format chosen = WizardChoices.chosen(format, Arrays.asList(Format.values()), FIELD_FORMAT, fields());
		String path = file.getText().strip();
		if (path.isEmpty()) {
			throw new FieldError(FIELD_FILE, NLS.bind(Messages.Wizard_required, fields().label(FIELD_FILE)));
		}
		Path target = Path.of(path).toAbsolutePath();
		if (!Files.isDirectory(target.getParent())) {
			throw new FieldError(FIELD_FILE,
					NLS.bind(Messages.ExportWizard_noFolder, fields().label(FIELD_FILE), target.getParent()));
		}
		return new Export(lot, chosen, target);
	}
}
