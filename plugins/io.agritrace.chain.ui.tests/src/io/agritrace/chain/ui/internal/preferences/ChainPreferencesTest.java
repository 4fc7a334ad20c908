package io.agritrace.chain.ui.internal.preferences;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.chain.ui.internal.SecureStorageSecrets;
import io.agritrace.tests.harness.ui.PreferenceDialogBot;
import io.agritrace.tests.harness.ui.Widgets;
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

		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), ChainPreferencePage.ID)) {
			screenshot("chain-preferences");
		}
	}

	/** Typed, not saved (the workbench's chain would reconnect): Restore Defaults shows the chain bundle's defaults. */
	@Test
	void restoreDefaultsShowsTheManagedLocalChain() {
		try (PreferenceDialogBot dialog = PreferenceDialogBot.open(page.getWorkbenchWindow(), ChainPreferencePage.ID)) {
			Button managed = dialog.button(Messages.ChainPreferences_managed);
			if (managed.getSelection()) {
				Widgets.click(managed);
			}
			dialog.text(Messages.ChainPreferences_rpcUrl).setText("https://besu.example.org:8545");
			dialog.text(Messages.ChainPreferences_chainId).setText("1337");
			dialog.text(Messages.ChainPreferences_receiptPoll).setText("250");
			dialog.text(Messages.ChainPreferences_gasPrice).setText("1000");
			dialog.text(Messages.ChainPreferences_verifyInterval).setText("15");

			dialog.restoreDefaults();
			ChainSettings d = ChainSettings.DEFAULTS;
			assertTrue(managed.getSelection(), "the managed local chain");
			assertEquals(d.rpcUrl(), dialog.text(Messages.ChainPreferences_rpcUrl).getText());
			assertEquals(Long.toString(d.expectedChainId()), dialog.text(Messages.ChainPreferences_chainId).getText());
			assertEquals(Long.toString(d.receiptPollMs()), dialog.text(Messages.ChainPreferences_receiptPoll).getText());
			assertEquals(d.gasPrice().toString(), dialog.text(Messages.ChainPreferences_gasPrice).getText());
			assertEquals("60", dialog.text(Messages.ChainPreferences_verifyInterval).getText(), "hourly by default");
		}
	}
}
