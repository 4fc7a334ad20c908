package io.agritrace.ui.internal.preferences;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.agritrace.core.text.Times;
import io.agritrace.service.CreditSettings;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.StartupSettings;

/**
 * Window > Preferences > General: the language, Chinese, English or the
 * system's. Dates and numbers follow it. The launcher applies it at the next
 * start ({@code -nl}); Restart Now restarts at once. Below it, the workspace's
 * time zone ({@link WorkspaceZone}), which applies at once.
 */
public final class GeneralPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "io.agritrace.ui.preferences.general"; //$NON-NLS-1$
	/** What the combo offers, in its order: the system's language, then zh and en. */
	private static final List<String> LANGUAGES = List.of("", "zh", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final double SAMPLE_NUMBER = 50161.5;

	private Combo language;
	private Label formats;
	private Button restart;
	private ScopedPreferenceStore zones;
	private Combo zone;
	/** The zones the combo offers, by the name it shows. */
	private Map<String, ZoneId> zoneChoices;
	private Label zoneSample;

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(StartupSettings.preferenceStore());
		setDescription(Messages.GeneralPreferences_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.GeneralPreferences_language);
		language = new Combo(body, SWT.READ_ONLY);
		language.setItems(NLS.bind(Messages.GeneralPreferences_system, Locale.getDefault().getDisplayName()),
				Messages.GeneralPreferences_chinese, Messages.GeneralPreferences_english);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(language);
		formats = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(formats);
		restart = new Button(body, SWT.PUSH);
		restart.setText(Messages.GeneralPreferences_restart);
		restart.setToolTipText(Messages.GeneralPreferences_restartHint);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(restart);
		restart.addListener(SWT.Selection, e -> restartNow());
		createZone(body);
		language.addListener(SWT.Selection, e -> chosen());
		language.select(Math.max(0, LANGUAGES.indexOf(getPreferenceStore().getString(StartupSettings.LANGUAGE))));
		chosen();
		return body;
	}

	private void createZone(Composite body) {
		zones = new ScopedPreferenceStore(InstanceScope.INSTANCE, CreditSettings.NODE);
		new Label(body, SWT.NONE).setText(Messages.GeneralPreferences_zone);
		zone = new Combo(body, SWT.READ_ONLY);
		zoneChoices = WorkspaceZone.choices(WorkspaceZone.zone(), Instant.now(), WorkbenchLanguage.current());
		zone.setItems(zoneChoices.keySet().toArray(String[]::new));
		zone.setVisibleItemCount(15);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(zone);
		zoneSample = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(zoneSample);
		zone.addListener(SWT.Selection, e -> zoneChosen());
		showZone(WorkspaceZone.zone());
	}

	/** Selects a zone by its name: a zone that is not itself in the list is shown as the one named alike. */
	private void showZone(ZoneId shown) {
		zone.select(zone.indexOf(Times.zone(shown, Instant.now(), WorkbenchLanguage.current())));
		zoneChosen();
	}

	/** Says what the zone chosen means now. */
	private void zoneChosen() {
		ZonedDateTime now = ZonedDateTime.now(zoneChoices.get(zone.getText()));
		zoneSample.setText(NLS.bind(Messages.GeneralPreferences_zoneSample, now.getOffset().getId(),
				Times.format(now.toOffsetDateTime(), now.getZone())));
	}

	/** Shows how dates and numbers will look, and offers the restart once the choice differs from the running language. */
	private void chosen() {
		Locale locale = locale(LANGUAGES.get(language.getSelectionIndex()));
		formats.setText(NLS.bind(Messages.GeneralPreferences_formats,
				DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.now(WorkspaceZone.clock())),
				NumberFormat.getNumberInstance(locale).format(SAMPLE_NUMBER)));
		boolean differs = !locale.getLanguage().equals(Locale.getDefault().getLanguage());
		restart.setEnabled(differs);
		setMessage(differs ? Messages.GeneralPreferences_restartHint : null, INFORMATION);
	}

	private static Locale locale(String language) {
		return language.isEmpty() ? Locale.getDefault()
				: language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH; //$NON-NLS-1$
	}

	private void restartNow() {
		if (performOk()) {
			getShell().close();
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
		}
	}

	@Override
	protected void performDefaults() {
		language.select(Math.max(0, LANGUAGES.indexOf(getPreferenceStore().getDefaultString(StartupSettings.LANGUAGE))));
		chosen();
		showZone(ZoneId.of(zones.getDefaultString(WorkspaceZone.KEY)));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		return StartupSettings.save(this, zones, WorkspaceZone.KEY, zoneChoices.get(zone.getText()).getId())
				&& StartupSettings.save(this, StartupSettings.LANGUAGE, LANGUAGES.get(language.getSelectionIndex()));
	}
}
