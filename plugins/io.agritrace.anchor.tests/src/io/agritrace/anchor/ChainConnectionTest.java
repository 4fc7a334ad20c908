package io.agritrace.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;
import io.agritrace.chain.LocalChain;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;

/** Connecting a workspace to a network as its settings and secrets say, or refusing with the reason. */
class ChainConnectionTest {

	private static final String PASSWORD = "keystore-pass-9";

	@TempDir
	Path workspace;
	private AnvilNode node;
	private TraceStore store;
	private String contract;
	private Path keystore;

	@BeforeEach
	void deployRegistry(@TempDir Path keys) throws Exception {
		node = new AnvilNode();
		store = TraceStore.openWorkspace(workspace);
		try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(node.url()), 1337, AnvilNode.KEYS[0])) {
			admin.grantRecorder(RegistryAdmin.addressOf(AnvilNode.KEYS[2]), "urn:agritrace:test");
			contract = admin.contractAddress();
		}
		keystore = keys.resolve(WalletUtils.generateWalletFile(PASSWORD,
				ECKeyPair.create(Numeric.toBigInt(AnvilNode.KEYS[2])), keys.toFile(), false));
	}

	@AfterEach
	void stop() throws InterruptedException {
		store.close();
		node.close();
	}

	private ChainSettings network(long chainId, String contractAddress, String keystoreFile) {
		return new ChainSettings(false, node.url(), chainId, contractAddress, keystoreFile, 50, BigInteger.ZERO);
	}

	private static ChainSecrets secrets(String password, String token) {
		return new ChainSecrets() {
			@Override
			public String keystorePassword() {
				return password;
			}

			@Override
			public String bearerToken() {
				return token;
			}
		};
	}

	private ChainConnection open(ChainSettings settings, ChainSecrets secrets) throws Exception {
		return ChainConnection.open(workspace, store, settings, secrets, LocalChain.Lifetime.THIS_PROCESS);
	}

	@Test
	void aNetworkSignsWithTheKeystoreWhosePasswordTheSecretsGive() throws Exception {
		try (ChainConnection connection = open(network(1337, contract, keystore.toString()), secrets(PASSWORD, null))) {
			assertEquals(RegistryAdmin.addressOf(AnvilNode.KEYS[2]).toLowerCase(), connection.session().account().toLowerCase());
			assertEquals(contract, connection.session().target().contract());
			assertNull(connection.localChain(), "no managed chain on a network");
		}
	}

	@Test
	void eachMissingPieceIsNamed() {
		ChainException noContract = assertThrows(ChainException.class,
				() -> open(network(1337, "", keystore.toString()), secrets(PASSWORD, null)));
		assertTrue(noContract.getMessage().contains("contract"), noContract.getMessage());
		ChainException noKeystore = assertThrows(ChainException.class,
				() -> open(network(1337, contract, ""), secrets(PASSWORD, null)));
		assertTrue(noKeystore.getMessage().contains("keystore"), noKeystore.getMessage());
		ChainException noPassword = assertThrows(ChainException.class,
				() -> open(network(1337, contract, keystore.toString()), secrets(null, null)));
		assertTrue(noPassword.getMessage().contains("password"), noPassword.getMessage());
	}

	@Test
	void aNodeOnAnotherChainGetsNothing() throws Exception {
		ChainException wrong = assertThrows(ChainException.class,
				() -> open(network(2020, contract, keystore.toString()), secrets(PASSWORD, null)));
		assertTrue(wrong.getMessage().contains("1337") && wrong.getMessage().contains("2020"), wrong.getMessage());
		assertInstanceOf(ChainStatus.WrongChain.class,
				ChainConnection.status(network(2020, contract, keystore.toString()), secrets(PASSWORD, null)));
		assertInstanceOf(ChainStatus.Connected.class,
				ChainConnection.status(network(1337, contract, keystore.toString()), secrets(PASSWORD, null)));
	}
}
