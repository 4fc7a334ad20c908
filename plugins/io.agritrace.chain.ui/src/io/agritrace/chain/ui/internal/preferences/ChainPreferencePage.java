package io.agritrace.chain.ui.internal.preferences;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ui.internal.SecureStorageSecrets;
import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.Messages;

/**
 * Window > Preferences > Chain: the managed local chain, or a Besu network
 * (RPC URL, chain id, contract, keystore, receipt polling, gas price). The
 * keystore password and the bearer token go to Eclipse secure storage,
 * encrypted, never to the preferences. On any chain, how often every stored
 * event is verified again in the background. The workbench's chain hears the
 * change by itself and reconnects (a new interval only reschedules).
 */
public final class ChainPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "io.agritrace.chain.ui.preferences.chain"; //$NON-NLS-1$
	private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}"); //$NON-NLS-1$

	private BooleanFieldEditor managed;
	private List<FieldEditor> networkFields;
	private StringFieldEditor password;
	private StringFieldEditor bearerToken;

	public ChainPreferencePage() {
		super(GRID);
		// Its defaults are the chain bundle's (ChainPreferenceInitializer).
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ChainSettings.NODE));
		setDescription(Messages.ChainPreferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// Everything is read from the preference store.
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		managed = new BooleanFieldEditor(ChainSettings.KEY_MANAGED, Messages.ChainPreferences_managed, parent);
		addField(managed);
		StringFieldEditor rpcUrl = pattern(ChainSettings.KEY_RPC_URL, Messages.ChainPreferences_rpcUrl, "https?://\\S+", //$NON-NLS-1$
				Messages.ChainPreferences_rpcUrlRule, parent);
		StringFieldEditor chainId = pattern(ChainSettings.KEY_CHAIN_ID, Messages.ChainPreferences_chainId, "\\d{1,18}", //$NON-NLS-1$
				Messages.ChainPreferences_digitsRule, parent);
		StringFieldEditor contract = pattern(ChainSettings.KEY_CONTRACT, Messages.ChainPreferences_contract,
				"(" + ADDRESS.pattern() + ")?", Messages.ChainPreferences_addressRule, parent); //$NON-NLS-1$ //$NON-NLS-2$
		FileFieldEditor keystore = new FileFieldEditor(ChainSettings.KEY_KEYSTORE, Messages.ChainPreferences_keystore, true,
				StringFieldEditor.VALIDATE_ON_KEY_STROKE, parent);
		keystore.setEmptyStringAllowed(true);
		IntegerFieldEditor poll = new IntegerFieldEditor(ChainSettings.KEY_RECEIPT_POLL_MS, Messages.ChainPreferences_receiptPoll,
				parent);
		poll.setValidRange(10, 60_000);
		poll.setErrorMessage(NLS.bind(Messages.ChainPreferences_rangeRule, Messages.ChainPreferences_receiptPoll));
		StringFieldEditor gasPrice = pattern(ChainSettings.KEY_GAS_PRICE, Messages.ChainPreferences_gasPrice, "\\d{1,18}", //$NON-NLS-1$
				Messages.ChainPreferences_digitsRule, parent);
		password = secret("secure.keystore.password", Messages.ChainPreferences_password, parent); //$NON-NLS-1$
		bearerToken = secret("secure.rpc.bearer.token", Messages.ChainPreferences_bearerToken, parent); //$NON-NLS-1$
		networkFields = List.of(rpcUrl, chainId, contract, keystore, poll, gasPrice, password, bearerToken);
		networkFields.forEach(this::addField);
		// On any chain: how often every stored event is verified again in the background.
		IntegerFieldEditor verifyInterval = new IntegerFieldEditor(ChainSettings.KEY_VERIFY_INTERVAL_MINUTES,
				Messages.ChainPreferences_verifyInterval, parent);
		verifyInterval.setValidRange(1, 10_080);
		verifyInterval.setErrorMessage(NLS.bind(Messages.ChainPreferences_verifyIntervalRule, Messages.ChainPreferences_verifyInterval));
		addField(verifyInterval);
	}

	/** A text field that must match {@code regex}; the error names the field and the rule. */
	private static StringFieldEditor pattern(String key, String label, String regex, String rule, Composite parent) {
		StringFieldEditor field = new StringFieldEditor(key, label, parent) {
			@Override
			protected boolean doCheckState() {
				return getStringValue().strip().matches(regex);
			}
		};
		field.setErrorMessage(NLS.bind(rule, label));
		return field;
	}

	/**
	 * A masked field whose value never reaches the preferences (its key is
	 * never written): left empty, the saved secret stays.
	 */
	private static StringFieldEditor secret(String key, String label, Composite parent) {
		StringFieldEditor field = new StringFieldEditor(key, label, parent) {
			@Override
			protected void doLoad() {
				// Never shown again once saved.
			}

			@Override
			protected void doStore() {
				// Saved to secure storage in performOk.
			}
		};
		field.getTextControl(parent).setEchoChar('\u25cf');
		field.getTextControl(parent).setMessage(Messages.ChainPreferences_secretKept);
		return field;
	}

	@Override
	protected void initialize() {
		super.initialize();
		enableNetworkFields(!managed.getBooleanValue());
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (event.getSource() == managed) {
			enableNetworkFields(!managed.getBooleanValue());
		}
	}

	private void enableNetworkFields(boolean enabled) {
		networkFields.forEach(f -> f.setEnabled(enabled, getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		if (!super.performOk()) {
			return false;
		}
		try {
			SecureStorageSecrets secrets = SecureStorageSecrets.ofUser();
			String newPassword = password.getStringValue();
			String newToken = bearerToken.getStringValue();
			if (!newPassword.isEmpty() || !newToken.isEmpty()) {
				secrets.save(newPassword.isEmpty() ? secrets.keystorePassword() : newPassword,
						newToken.isEmpty() ? secrets.bearerToken() : newToken);
				// Secure storage has no listener: say it, as the preference store does for the rest.
				PlatformUI.getWorkbench().getService(IEventBroker.class).post(ChainService.SECRETS_TOPIC, ChainSettings.NODE);
			}
		} catch (StorageException | IOException | ChainException e) {
			setErrorMessage(NLS.bind(Messages.ChainPreferences_secureStorageFailed, e.getMessage()));
			return false;
		}
		return true;
	}
}
