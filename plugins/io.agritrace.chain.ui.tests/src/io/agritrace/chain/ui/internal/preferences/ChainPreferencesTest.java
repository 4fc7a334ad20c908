package io.agritrace.chain.ui.internal.preferences;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.chain.ui.internal.SecureStorageSecrets;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;

class ChainPreferencesTest extends WorkbenchTestCase {

	@Test
	void chainSecretsAreEncryptedAndTheChainPreferencePageOpens(@TempDir Path folder) throws Exception {
		Map<String, Object> options = Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master".toCharArray()),
				IProviderHints.PROMPT_USER, Boolean.FALSE);
		Path file = folder.resolve("secure_storage");
		SecureStorageSecrets secrets = new SecureStorageSecrets(SecurePreferencesFactory.open(file.toUri().toURL(), options));
		secrets.save("keystore-pass-123", "token-456");
		String onDisk = Files.readString(file);
		assertFalse(onDisk.contains("keystore-pass-123") || onDisk.contains("token-456"), onDisk);
		SecureStorageSecrets reopened = new SecureStorageSecrets(SecurePreferencesFactory.open(file.toUri().toURL(), options));
		assertEquals("keystore-pass-123", reopened.keystorePassword());
		assertEquals("token-456", reopened.bearerToken());

		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(),
				ChainPreferencePage.ID, new String[] { ChainPreferencePage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			screenshot("chain-preferences");
		} finally {
			dialog.close();
		}
	}
}
