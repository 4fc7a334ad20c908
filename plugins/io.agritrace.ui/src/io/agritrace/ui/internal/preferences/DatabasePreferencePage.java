package io.agritrace.ui.internal.preferences;

import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.agritrace.store.TraceStore;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.StartupSettings;

/**
 * Window > Preferences > Database: the workspace's own H2 file, or another H2
 * database by JDBC URL, from the next start. Test Connection opens it in a Job.
 * A URL that carries a password is refused: preferences are plain text.
 */
public final class DatabasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "io.agritrace.ui.preferences.database"; //$NON-NLS-1$

	private Button workspaceFile;
	private Button other;
	private Text url;
	private Button test;
	private Label result;

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(StartupSettings.preferenceStore());
		setDescription(Messages.DatabasePreferences_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		workspaceFile = new Button(body, SWT.RADIO);
		workspaceFile.setText(Messages.DatabasePreferences_workspaceFile);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(workspaceFile);
		// Wrapped: a workspace path is longer than the preference dialog is wide.
		Label file = new Label(body, SWT.WRAP);
		file.setText(WorkspaceStore.databaseFile().toString());
		GridDataFactory.fillDefaults().span(2, 1).indent(20, 0).grab(true, false).hint(300, SWT.DEFAULT).applyTo(file);
		other = new Button(body, SWT.RADIO);
		other.setText(Messages.DatabasePreferences_other);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(other);
		url = new Text(body, SWT.BORDER);
		url.setMessage(Messages.DatabasePreferences_url);
		GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).hint(240, SWT.DEFAULT).applyTo(url);
		test = new Button(body, SWT.PUSH);
		test.setText(Messages.DatabasePreferences_test);
		result = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(result);

		show(getPreferenceStore().getString(StartupSettings.DATABASE_URL));
		workspaceFile.addListener(SWT.Selection, e -> check());
		other.addListener(SWT.Selection, e -> check());
		url.addListener(SWT.Modify, e -> check());
		test.addListener(SWT.Selection, e -> testConnection());
		String launcher = System.getProperty(TraceStore.JDBC_URL_PROPERTY);
		if (launcher != null) {
			result.setText(NLS.bind(Messages.DatabasePreferences_overridden, launcher));
		}
		check();
		return body;
	}

	/** Chooses the URL, or the workspace's file when it is empty. */
	private void show(String jdbcUrl) {
		workspaceFile.setSelection(jdbcUrl.isEmpty());
		other.setSelection(!jdbcUrl.isEmpty());
		url.setText(jdbcUrl);
	}

	/** The chosen URL, or empty for the workspace's file. */
	private String chosen() {
		return workspaceFile.getSelection() ? "" : url.getText().strip(); //$NON-NLS-1$
	}

	/** Names the field and the rule as the user types; OK waits for a valid URL. */
	private void check() {
		url.setEnabled(other.getSelection());
		String error = problem(chosen(), other.getSelection());
		setErrorMessage(error);
		setValid(error == null);
		test.setEnabled(error == null);
	}

	/** What is wrong with a URL the user typed, or null. */
	static String problem(String jdbcUrl, boolean required) {
		if (!required) {
			return null;
		}
		if (jdbcUrl.isEmpty()) {
			return Messages.DatabasePreferences_empty;
		}
		if (!jdbcUrl.startsWith("jdbc:h2:")) { //$NON-NLS-1$
			return NLS.bind(Messages.DatabasePreferences_notH2, jdbcUrl);
		}
		if (jdbcUrl.toLowerCase(Locale.ROOT).contains("password=")) { //$NON-NLS-1$
			return Messages.DatabasePreferences_password;
		}
		return null;
	}

	/** Opens the chosen database in a Job (creating it, as the next start would) and says what it holds. */
	private void testConnection() {
		String jdbcUrl = chosen().isEmpty() ? TraceStore.workspaceUrl(WorkspaceStore.workspace()) : chosen();
		test.setEnabled(false);
		result.setText(NLS.bind(Messages.DatabasePreferences_testing, jdbcUrl));
		new Job(NLS.bind(Messages.DatabasePreferences_testing, jdbcUrl)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String said;
				try (TraceStore store = TraceStore.open(jdbcUrl)) {
					Map<String, Long> held = store.statistics();
					said = NLS.bind(Messages.DatabasePreferences_connected,
							new Object[] { store.schemaVersion(), held.get("batches"), held.get("events") }); //$NON-NLS-1$ //$NON-NLS-2$
				} catch (RuntimeException e) {
					said = NLS.bind(Messages.DatabasePreferences_failed, e.getMessage());
				}
				String text = said;
				if (!result.isDisposed()) {
					result.getDisplay().asyncExec(() -> {
						if (!result.isDisposed()) {
							result.setText(text);
							result.getParent().layout(true);
							check();
						}
					});
				}
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	@Override
	protected void performDefaults() {
		show(getPreferenceStore().getDefaultString(StartupSettings.DATABASE_URL));
		check();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		return StartupSettings.save(this, StartupSettings.DATABASE_URL, chosen());
	}
}
