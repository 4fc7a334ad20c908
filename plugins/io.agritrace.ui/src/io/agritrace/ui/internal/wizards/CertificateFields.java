package io.agritrace.ui.internal.wizards;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.Certification;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * A label's check box on the harvest page and, beside it, its certificate's
 * number and validity, enabled while the label is checked. The field keys are
 * the label's code for the box and {@code code.number}, {@code code.validFrom}
 * and {@code code.validUntil} for the rest.
 */
final class CertificateFields {

	static final String NUMBER = ".number"; //$NON-NLS-1$
	static final String VALID_FROM = ".validFrom"; //$NON-NLS-1$
	static final String VALID_UNTIL = ".validUntil"; //$NON-NLS-1$

	private final Certification label;
	private final Button check;
	private final Text number;
	private final DateTime validFrom;
	private final DateTime validUntil;

	/** @param today the workspace's today, which the dates show first (SWT's own would be the JVM zone's) */
	CertificateFields(FieldGrid grid, Certification label, LocalDate today) {
		this.label = label;
		FieldGrid.CheckedRow checked = grid.checkedRow(label.code(), label.label(WorkbenchLanguage.current()));
		check = checked.check();
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 0).applyTo(checked.row());
		number = grid.register(label.code() + NUMBER, Certificate.numberLabel(label, WorkbenchLanguage.current()),
				new Text(checked.row(), SWT.BORDER | SWT.SINGLE));
		number.setMessage(Messages.Certificate_numberHint);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(number);
		number.setTextLimit(40);
		validFrom = grid.register(label.code() + VALID_FROM, Messages.Certificate_validFrom,
				new DateTime(checked.row(), SWT.DATE | SWT.DROP_DOWN | SWT.BORDER));
		Label to = new Label(checked.row(), SWT.NONE);
		to.setText(Messages.Certificate_to);
		to.setEnabled(false);
		validUntil = grid.register(label.code() + VALID_UNTIL, Messages.Certificate_validUntil,
				new DateTime(checked.row(), SWT.DATE | SWT.DROP_DOWN | SWT.BORDER));
		FieldGrid.show(validFrom, today);
		FieldGrid.show(validUntil, today);
	}

	/**
	 * The certificate typed, checked against the harvest date; null while the
	 * label is not checked.
	 *
	 * @throws io.agritrace.core.model.ValidationException naming the number field
	 */
	Certificate read(LocalDate harvestDate) {
		if (!check.getSelection()) {
			return null;
		}
		return Certificate.documented(label, number.getText(), FieldGrid.day(validFrom), FieldGrid.day(validUntil),
				harvestDate, label.code() + NUMBER);
	}
}
