package io.agritrace.ui.internal.preferences;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditPolicy.Indicator;
import io.agritrace.core.credit.IndicatorText;
import io.agritrace.core.model.ValidationException;
import io.agritrace.core.text.Message;
import io.agritrace.service.CreditSettings;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * Window > Preferences > Credit: each indicator's weight, when a record is
 * late, and the lowest score of grades A, B and C; a county's policy, not the
 * program's. The page checks them as they are typed and keeps them where
 * {@link CreditSettings} reads them, over the service bundle's defaults.
 */
public final class CreditPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "io.agritrace.ui.preferences.credit"; //$NON-NLS-1$

	private final Map<String, Text> fields = new LinkedHashMap<>();
	private final Map<String, String> labels = new LinkedHashMap<>();

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, CreditSettings.NODE));
		setDescription(Messages.CreditPreferences_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		for (Indicator i : Indicator.values()) {
			field(body, CreditPolicy.WEIGHT + i.key(), IndicatorText.name(i, WorkbenchLanguage.current()));
		}
		field(body, CreditPolicy.LATE_HOURS, Messages.CreditPreferences_lateHours);
		field(body, CreditPolicy.GRADE_A, Messages.CreditPreferences_gradeA);
		field(body, CreditPolicy.GRADE_B, Messages.CreditPreferences_gradeB);
		field(body, CreditPolicy.GRADE_C, Messages.CreditPreferences_gradeC);
		show(getPreferenceStore()::getString);
		return body;
	}

	private void field(Composite body, String key, String label) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> check());
		fields.put(key, text);
		labels.put(key, label.replaceFirst("[:：]$", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Shows each field's value as {@code stored} gives it by its preference key. */
	private void show(UnaryOperator<String> stored) {
		fields.forEach((key, text) -> text.setText(stored.apply(CreditPolicy.PREFERENCE_PREFIX + key)));
	}

	/** The policy typed, or null with the broken rule shown. */
	private CreditPolicy check() {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((key, text) -> values.put(key, text.getText()));
		try {
			CreditPolicy policy = CreditPolicy.of(values);
			setErrorMessage(null);
			setValid(true);
			return policy;
		} catch (ValidationException e) {
			setErrorMessage(namedAsShown(e));
			setValid(false);
			return null;
		}
	}

	/** The rule broken, naming its field by the label the page shows rather than its preference key. */
	private String namedAsShown(ValidationException e) {
		Message rule = e.message();
		List<Object> args = new ArrayList<>(rule.args());
		if (!args.isEmpty() && e.field().equals(args.get(0)) && labels.containsKey(e.field())) {
			args.set(0, labels.get(e.field()));
		}
		return new Message(rule.key(), args).text(WorkbenchLanguage.current());
	}

	@Override
	protected void performDefaults() {
		show(getPreferenceStore()::getDefaultString);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		CreditPolicy policy = check();
		if (policy == null) {
			return false;
		}
		ScopedPreferenceStore store = (ScopedPreferenceStore) getPreferenceStore();
		policy.toPreferences().forEach((key, value) -> store.setValue(CreditPolicy.PREFERENCE_PREFIX + key, value));
		try {
			store.save();
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}
}
